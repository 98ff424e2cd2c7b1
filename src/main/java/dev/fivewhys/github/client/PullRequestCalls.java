package dev.fivewhys.github.client;

import static dev.fivewhys.github.client.AppRecords.state;
import static dev.fivewhys.github.client.AppRecords.text;

import java.util.Objects;

import org.kohsuke.github.GHCommitState;
import org.kohsuke.github.GHPullRequest;

/** The gateway's pull request operations: reading one, and the status and check run its head commit carries. */
final class PullRequestCalls {

    private final GitHubCalls calls;

    PullRequestCalls(GitHubCalls calls) {
        this.calls = calls;
    }

    PullRequest read(String repo, int number) {
        return calls.call(readAction(repo, number), () -> {
            GHPullRequest pr = calls.repository(repo).getPullRequest(number);
            return new PullRequest(pr.getNumber(), text(pr.getHtmlUrl()), state(pr.getState()), pr.isMerged(),
                    Objects.requireNonNullElse(pr.getBody(), ""));
        });
    }

    String head(String repo, int number) {
        return calls.call(readAction(repo, number),
                () -> calls.repository(repo).getPullRequest(number).getHead().getSha());
    }

    void setCommitStatus(String repo, String sha, CommitStatus status) {
        calls.call("set commit status " + status.context() + " on " + repo + "@" + sha, () -> {
            calls.repository(repo).createCommitStatus(sha, GHCommitState.valueOf(status.state().name()),
                    status.targetUrl(), status.description(), status.context());
            return null;
        });
    }

    void upsertCheckRun(String repo, String sha, CheckRun run) {
        calls.call("keep check run " + run.name() + " on " + repo + "@" + sha, () -> {
            CheckRunWrites.upsert(calls.repository(repo), sha, run);
            return null;
        });
    }

    private static String readAction(String repo, int number) {
        return "read pull request " + repo + "#" + number;
    }
}
