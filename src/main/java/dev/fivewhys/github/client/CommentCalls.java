package dev.fivewhys.github.client;

import static dev.fivewhys.github.client.AppRecords.commentRef;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;

import dev.fivewhys.github.client.GitHubCallException.Classification;

/** The gateway's comment operations, on issues and pull requests alike (GitHub keeps both as issue comments). */
final class CommentCalls {

    private final GitHubCalls calls;

    CommentCalls(GitHubCalls calls) {
        this.calls = calls;
    }

    List<Comment> list(String repo, int number) {
        return calls.call("list comments of " + repo + "#" + number,
                () -> GitHubCalls.comments(calls.issue(repo, number)).stream().map(AppRecords::comment).toList());
    }

    CommentRef create(String repo, int number, String body) {
        return calls.call("comment on " + repo + "#" + number, () -> commentRef(calls.issue(repo, number).comment(body)));
    }

    CommentRef edit(String repo, int number, long commentId, String body) {
        String action = "edit comment " + commentId + " on " + repo + "#" + number;
        return calls.call(action, () -> {
            GHIssueComment comment = GitHubCalls.comments(calls.issue(repo, number)).stream()
                    .filter(c -> c.getId() == commentId)
                    .findFirst()
                    .orElseThrow(() -> new GitHubCallException(Classification.PERMANENT, 404,
                            action + ": the comment is gone", null, null));
            return edit(comment, body);
        });
    }

    CommentRef upsert(String repo, int number, String marker, String body) {
        if (!Markers.carries(body, marker)) {
            throw new IllegalArgumentException("the comment body must carry its marker " + marker);
        }
        return calls.call("keep comment " + marker + " on " + repo + "#" + number, () -> {
            GHIssue issue = calls.issue(repo, number);
            Optional<GHIssueComment> existing = GitHubCalls.comments(issue).stream()
                    .filter(c -> Markers.carries(c.getBody(), marker))
                    .findFirst();
            if (existing.isPresent()) {
                return edit(existing.get(), body);
            }
            return commentRef(issue.comment(body));
        });
    }

    CommentRef onPullRequest(String repo, int number, String body) {
        return calls.call("comment on pull request " + repo + "#" + number, () -> {
            // Read as a pull request so that a wrong number fails instead of commenting on an issue.
            return commentRef(calls.repository(repo).getPullRequest(number).comment(body));
        });
    }

    /** An edit that would change nothing is not sent. */
    private static CommentRef edit(GHIssueComment comment, String body) throws IOException {
        if (!body.equals(comment.getBody())) {
            comment.update(body);
        }
        return commentRef(comment);
    }
}
