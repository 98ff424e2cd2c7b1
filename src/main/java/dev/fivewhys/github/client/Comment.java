package dev.fivewhys.github.client;

/** A comment read back from an issue or pull request. */
public record Comment(long id, String url, String body) {

    public CommentRef ref() {
        return new CommentRef(id, url);
    }
}
