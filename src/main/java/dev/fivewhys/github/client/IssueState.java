package dev.fivewhys.github.client;

/** Whether an issue or pull request is open on GitHub (merged pull requests are closed). */
public enum IssueState {
    OPEN,
    CLOSED
}
