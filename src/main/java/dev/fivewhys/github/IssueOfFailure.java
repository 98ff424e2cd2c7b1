package dev.fivewhys.github;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The GitHub issues of every failure a session's story tells, by failure id: one query for the whole page. It
     * selects by the session's failures in HQL of a constant text, translated once: a list of ids would be translated
     * again for every length it is given, and a native query mapped to entities is mapped again on every view.
     */
    static Map<Long, GitHubLink> githubIssues(SessionStory story) {
        Set<Long> failureIds = story.failures().stream().map(f -> f.failure().id()).collect(Collectors.toSet());
        Map<Long, GitHubLink> issues = new HashMap<>();
        if (!failureIds.isEmpty()) {
            GitHubLink.<GitHubLink> list("from GitHubLink l where l.recordKind = ?1 and l.linkKind = ?2 and l.recordId in "
                    + "(select o.failureId from FailureOccurrence o where o.sessionId = ?3) order by l.id",
                    FailureSync.RECORD, GitHubLink.ISSUE, story.sessionId()).stream()
                    .filter(link -> failureIds.contains(link.recordId))
                    .forEach(link -> issues.putIfAbsent(link.recordId, link));
        }
        return issues;
    }
}
