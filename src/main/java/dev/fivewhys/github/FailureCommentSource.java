package dev.fivewhys.github;

import java.util.List;

import dev.fivewhys.failure.Failure;

/**
 * Implemented by the features whose records live in comments on a failure's issue (analysis, fix,
 * audit, stability), so the sync knows what to send without depending on those features.
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
