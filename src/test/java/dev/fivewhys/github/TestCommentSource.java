package dev.fivewhys.github;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.github.outbox.FailureCommentSource;

/** Comments a test wants on a failure's issue and pull request, standing in for the analysis feature. */
@ApplicationScoped
public class TestCommentSource implements FailureCommentSource {

    static final Map<Long, List<RecordComment>> ISSUE_COMMENTS = new ConcurrentHashMap<>();
    static final Map<Long, List<PullRequestComment>> PR_COMMENTS = new ConcurrentHashMap<>();

    @Override
    public List<RecordComment> issueComments(Failure failure) {
        return ISSUE_COMMENTS.getOrDefault(failure.id, List.of());
    }

    @Override
    public List<PullRequestComment> pullRequestComments(Failure failure, String issueUrl) {
        return PR_COMMENTS.getOrDefault(failure.id, List.of());
    }
}
