package dev.fivewhys.fix;

/** What GitHub told us about pull requests, for the fix feature to act on. */
public final class PullRequestEvents {

    private PullRequestEvents() {
    }

    /** A pull request whose body says "Fixes #N" (or Closes/Resolves/Refs) for the issue of a failure. */
    public record Referenced(long failureId, String repository, int number, String url, String title, boolean closes) {
    }

    /** A pull request was merged; the fix that names it becomes merged. */
    public record Merged(String repository, int number, String url, String mergeCommitSha) {
    }
}
