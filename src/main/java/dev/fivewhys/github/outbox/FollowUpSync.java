package dev.fivewhys.github.outbox;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.core.Sha256;
import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.github.client.GitHubGateway;
import dev.fivewhys.github.client.IssueContent;
import dev.fivewhys.github.client.IssueRef;
import dev.fivewhys.github.client.Markers;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A follow-up as its own GitHub issue (label {@code follow-up}), open or closed as the follow-up is, pointing at its
 * failure's issue. Queued when the follow-up changes and its failure is on GitHub, and for every follow-up when the
 * failure's issue is first made. Making the issue queues the failure's sync, whose task list then names it.
 * As {@link FailureSync}: read in one short transaction, GitHub called outside any, each answer recorded in a new one;
 * the marker finds an issue made by a try that crashed before recording it.
 */
@ApplicationScoped
public class FollowUpSync implements SyncJobKind {

    public static final String RECORD = "follow-up";
    static final String LABEL = "follow-up";
    private static final String CLOSED = "follow-up-closed";

    @Inject
    Clock clock;
    @Inject
    FiveWhysConfig config;
    @Inject
    SyncJobs jobs;

    private record Plan(long followUpId, long failureId, String repo, IssueContent content, String hash,
            GitHubLink link, boolean shouldBeClosed, String closingWords) {
    }

    @Override
    public String name() {
        return SyncJobs.FOLLOW_UP;
    }

    @Override
    public void send(long followUpId, GitHubGateway github) {
        Plan plan = QuarkusTransaction.requiringNew().call(() -> plan(followUpId));
        GitHubLink link = plan.link();
        String repo = plan.repo();
        if (link == null) {
            IssueRef ref = github.findIssueByMarker(repo, Markers.marker(RECORD, followUpId))
                    .map(found -> github.updateIssue(repo, found.number(), plan.content()))
                    .orElseGet(() -> github.createIssue(repo, plan.content()));
            link = record(plan, ref, ref.state().name().toLowerCase());
            // the failure's task list can now name the issue by its number
            QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(plan.failureId()));
        } else if (!plan.hash().equals(link.bodyHash)) {
            IssueRef ref = github.updateIssue(repo, link.number, plan.content().withSentBefore(link.labelSet()));
            link = record(plan, ref, null);
        }
        LinkedIssueState.keep(github, repo, link, plan.shouldBeClosed(), plan.closingWords(), this::recordState);
    }

    @Override
    public String preview(long followUpId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Plan plan = plan(followUpId);
            return "ISSUE " + plan.content().title() + " [" + String.join(", ", plan.content().labels()) + "]"
                    + (plan.shouldBeClosed() ? " (closed)" : "") + "\n" + plan.content().body();
        });
    }

    private Plan plan(long followUpId) {
        FollowUp followUp = FollowUp.findById(followUpId);
        if (followUp == null) {
            throw new SyncRefused("The follow-up no longer exists");
        }
        if (followUp.analysis.failure == null) {
            throw new SyncRefused("Follow-up #" + followUpId + " is of an analysis of a session, which has no issue");
        }
        long failureId = followUp.analysis.failure.id;
        String repo = followUp.analysis.project.githubRepository;
        if (repo == null || repo.isBlank()) {
            throw new SyncRefused("Project " + followUp.analysis.project.slug + " has no GitHub repository");
        }
        GitHubLink failureIssue = GitHubLink.find(FailureSync.RECORD, failureId, GitHubLink.ISSUE).orElse(null);
        IssueContent content = new IssueContent("[Follow-up] " + followUp.title, body(followUp, failureIssue, repo),
                List.of(LABEL));
        String hash = Sha256.hex(content.title() + "\n" + String.join(",", content.labels()) + "\n" + content.body());
        String why = Markers.marker(CLOSED, followUpId) + "\n" + followUp.status.label + " in Five Whys"
                + (followUp.statusReason == null ? "" : ": " + followUp.statusReason) + ". [Details]("
                + config.absolute("/follow-ups/" + followUpId) + ")";
        return new Plan(followUpId, failureId, repo, content, hash,
                GitHubLink.find(RECORD, followUpId, GitHubLink.ISSUE).orElse(null), !followUp.isOpen(), why);
    }

    private String body(FollowUp f, GitHubLink failureIssue, String repo) {
        StringBuilder md = new StringBuilder(Markers.marker(RECORD, f.id)).append('\n');
        md.append("A follow-up of ");
        if (failureIssue != null && failureIssue.repository.equalsIgnoreCase(repo)) {
            md.append('#').append(failureIssue.number);
        } else {
            md.append("[failure #").append(f.analysis.failure.id).append("](")
                    .append(config.absolute("/failures/" + f.analysis.failure.id)).append(')');
        }
        md.append(", from [analysis #").append(f.analysis.id).append("](")
                .append(config.absolute("/analyses/" + f.analysis.id)).append(").\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Kind | ").append(f.kind.label).append(" |\n");
        md.append("| Priority | ").append(f.priority.label).append(" |\n");
        md.append("| Owner | ").append(f.owner == null ? "nobody yet" : f.owner.username).append(" |\n");
        md.append("| Due | ").append(f.dueOn == null ? "no due date" : f.dueOn.toString()).append(" |\n");
        md.append("| Status | ").append(f.status.label).append(" |\n\n");
        if (f.description != null) {
            md.append(f.description).append("\n\n");
        }
        return md.append("---\n[Open in Five Whys](").append(config.absolute("/follow-ups/" + f.id)).append(")\n")
                .toString();
    }

    /** @param foundState the state GitHub just showed, for a link made now; null to keep the recorded one */
    private GitHubLink record(Plan plan, IssueRef ref, String foundState) {
        return QuarkusTransaction.requiringNew().call(() -> {
            GitHubLink link = GitHubLink.record(RECORD, plan.followUpId(), GitHubLink.ISSUE, plan.repo(), ref.number(),
                    null, ref.url(), plan.hash(), plan.content().labels(), clock.instant());
            if (foundState != null) {
                link.state = foundState;
                link.stateByApp = false;
            }
            return link;
        });
    }

    private void recordState(GitHubLink link, String state) {
        QuarkusTransaction.requiringNew().run(() -> GitHubLink.recordState(link.id, state, true, clock.instant()));
        link.state = state;
    }
}
