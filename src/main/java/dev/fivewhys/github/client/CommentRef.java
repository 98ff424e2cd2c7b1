package dev.fivewhys.github.client;

/** Where a comment lives on GitHub: the id is what an in-place edit needs later. */
public record CommentRef(long id, String url) {
}
