package dev.fivewhys.github.client;

/** Where an issue lives on GitHub: enough for a GitHubLink row and a link on a page. */
public record IssueRef(int number, String url, IssueState state) {
}
