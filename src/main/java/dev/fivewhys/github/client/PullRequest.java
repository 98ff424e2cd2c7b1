package dev.fivewhys.github.client;

/** What the app needs to know about a fix's pull request. */
public record PullRequest(int number, String url, IssueState state, boolean merged, String body) {
}
