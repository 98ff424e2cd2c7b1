package dev.fivewhys.github.outbox;

import java.util.List;

import dev.fivewhys.failure.Failure;

/**
 * What the sync writes as comments for a failure's records (analysis, fix, audit, stability): {@link GitHubComments}
 * in the app; tests add their own to drive the sync with chosen bodies.
 */
public interface FailureCommentSource {

    /** One comment on the failure's issue, kept in place: the marker names the record. */
    record RecordComment(String recordKind, long recordId, String body) {
    }

    /** One comment on a pull request, e.g. a fix's audit and stability results with its go/no-go. */
    record PullRequestComment(String recordKind, long recordId, int pullRequest, String body) {
    }

    List<RecordComment> issueComments(Failure failure);

    default List<PullRequestComment> pullRequestComments(Failure failure, String issueUrl) {
        return List.of();
    }
}
