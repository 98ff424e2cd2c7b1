package dev.fivewhys.github;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.github.outbox.FailureSync;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.session.SessionSheet;
import dev.fivewhys.session.SheetPart;
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

    /** The GitHub issues of the failures seen in a session, by failure id. */
    record FailureIssues(Map<Long, IssueLink> byFailure) {
    }

    /** In templates: {@code {session.githubIssues}}, the issues of the failures seen in the session, by failure id. */
    static Map<Long, IssueLink> githubIssues(SessionSheet session) {
        return session.part(FailureIssues.class).byFailure();
    }

    /**
     * The issues of every failure seen in the session, read with its sheet: its columns alone (as entities, Hibernate
     * hydrated every link whole), the session's failures by a subquery on failure_occurrence's primary key
     * (session_id, failure_id).
     */
    @ApplicationScoped
    static class IssuesPart implements SheetPart<FailureIssues> {

        @Override
        public String sql() {
            return """
                    select record_id, number, url from github_link where record_kind = ? and link_kind = ?
                    and record_id in (select failure_id from failure_occurrence where session_id = ?) order by id""";
        }

        @Override
        public int bind(PreparedStatement select, int index, long sessionId) throws SQLException {
            select.setString(index, FailureSync.RECORD);
            select.setString(index + 1, GitHubLink.ISSUE);
            select.setLong(index + 2, sessionId);
            return index + 3;
        }

        @Override
        public FailureIssues read(Results results) throws SQLException {
            Map<Long, IssueLink> issues = new HashMap<>();
            try (ResultSet row = results.next()) {
                while (row.next()) {
                    issues.putIfAbsent(row.getLong(1), new IssueLink(row.getInt(2), row.getString(3)));
                }
            }
            return new FailureIssues(issues);
        }
    }
}
