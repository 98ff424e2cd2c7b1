package dev.fivewhys.github;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.fivewhys.core.ColumnReads;
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

    /** A failure's GitHub issue as the session page links it. */
    public record IssueLink(int number, String url) {
    }

    // the session's failures by a subquery on failure_occurrence's primary key (session_id, failure_id)
    private static final String ISSUES = """
            select record_id, number, url from github_link where record_kind = ? and link_kind = ?
            and record_id in (select failure_id from failure_occurrence where session_id = ?) order by id""";

    /**
     * The GitHub issues of every failure a session's story tells, by failure id: one statement for the whole page,
     * its columns alone over the caller's connection (as entities, Hibernate hydrated every link whole).
     */
    static Map<Long, IssueLink> githubIssues(SessionStory story) {
        Set<Long> failureIds = story.failures().stream().map(f -> f.failure().id()).collect(Collectors.toSet());
        Map<Long, IssueLink> issues = new HashMap<>();
        if (!failureIds.isEmpty()) {
            ColumnReads.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(ISSUES)) {
                    select.setString(1, FailureSync.RECORD);
                    select.setString(2, GitHubLink.ISSUE);
                    select.setLong(3, story.sessionId());
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            long failureId = row.getLong(1);
                            if (failureIds.contains(failureId)) {
                                issues.putIfAbsent(failureId, new IssueLink(row.getInt(2), row.getString(3)));
                            }
                        }
                    }
                }
                return issues;
            });
        }
        return issues;
    }
}
