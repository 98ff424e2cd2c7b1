package dev.fivewhys.github.outbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.followup.FollowUpStatus;

/**
 * The follow-ups of a failure's analyses as a task list in its issue: each one on GitHub by its issue number (which
 * GitHub shows with its title and state), the others by title with a link to the app. Kept current because any change
 * to a follow-up queues the failure's sync, and a follow-up's new issue does too.
 */
@ApplicationScoped
class FollowUpTaskList {

    @Inject
    FiveWhysConfig config;

    /** The section, or "" when the failure has no follow-ups. */
    String of(Failure failure) {
        List<FollowUp> followUps = FollowUp.list("analysis.failure = ?1 order by id", failure);
        if (followUps.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Follow-ups\n\n");
        for (FollowUp f : followUps) {
            md.append(f.isOpen() ? "- [ ] " : "- [x] ");
            GitHubLink issue = GitHubLink.find(FollowUpSync.RECORD, f.id, GitHubLink.ISSUE).orElse(null);
            String title = f.title.replace("\n", " ");
            if (f.status == FollowUpStatus.WONT_DO) {
                title = "~~" + title + "~~ (won't do)";
            }
            if (issue != null && issue.repository.equalsIgnoreCase(failure.project.githubRepository)) {
                md.append('#').append(issue.number).append(' ').append(title);
            } else {
                md.append(title).append(" ([in Five Whys](").append(config.absolute("/follow-ups/" + f.id)).append("))");
            }
            if (f.isOpen() && f.owner != null) {
                md.append(" · ").append(f.owner.username);
            }
            if (f.isOpen() && f.dueOn != null) {
                md.append(" · due ").append(f.dueOn);
            }
            md.append('\n');
        }
        return md.append('\n').toString();
    }
}
