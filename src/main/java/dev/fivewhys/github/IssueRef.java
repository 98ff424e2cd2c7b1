package dev.fivewhys.github;

/** Where an issue lives on GitHub: enough for a GitHubLink row and a link on a page. */
public record IssueRef(int number, String url, IssueState state) {
}
