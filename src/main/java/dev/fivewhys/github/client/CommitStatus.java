package dev.fivewhys.github.client;

/**
 * A commit status as the app sets it: its state, why (GitHub keeps 140 characters of it), the page it links to, and
 * its context, the name branch protection requires it by.
 */
public record CommitStatus(State state, String description, String targetUrl, String context) {

    /** GitHub's own words: success, pending, failure. */
    public enum State {
        SUCCESS,
        PENDING,
        FAILURE
    }

    static final int DESCRIPTION_MAX = 140;

    public CommitStatus {
        if (description != null && description.length() > DESCRIPTION_MAX) {
            description = description.substring(0, DESCRIPTION_MAX - 1) + "…";
        }
    }
}
