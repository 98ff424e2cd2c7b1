package dev.fivewhys.github;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.github.outbox.FailureSync;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.story.SessionStory;
import io.quarkus.qute.TemplateExtension;

/** A failure's GitHub issue on its page: failure sits below github and cannot look it up. */
@TemplateExtension
final class IssueOfFailure {

    private IssueOfFailure() {
    }

    /** The failure's GitHub issue, or null when it has none. */
    static GitHubLink githubIssue(Failure failure) {
        return GitHubLink.listFor(FailureSync.RECORD, failure.id).stream().filter(l -> GitHubLink.ISSUE.equals(l.linkKind))
                .findFirst().orElse(null);
    }

    /** The GitHub issues of every failure a session's story tells, by failure id: one query for the whole page. */
    static Map<Long, GitHubLink> githubIssues(SessionStory story) {
        List<Long> failureIds = story.failures().stream().map(f -> f.failure().id).toList();
        Map<Long, GitHubLink> issues = new HashMap<>();
        if (!failureIds.isEmpty()) {
            // the ids as one array: an HQL "in" list is translated to SQL again for every length it is given
            @SuppressWarnings("unchecked")
            List<GitHubLink> links = GitHubLink.getEntityManager().createNativeQuery("select * from github_link "
                    + "where record_kind = ?1 and record_id = any(cast(?2 as bigint[])) and link_kind = ?3 order by id",
                    GitHubLink.class).setParameter(1, FailureSync.RECORD).setParameter(2, failureIds.toArray(Long[]::new))
                    .setParameter(3, GitHubLink.ISSUE).getResultList();
            links.forEach(link -> issues.putIfAbsent(link.recordId, link));
        }
        return issues;
    }
}
