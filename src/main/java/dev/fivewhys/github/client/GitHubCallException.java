package dev.fivewhys.github.client;

import java.time.Instant;
import java.util.Optional;

/**
 * A GitHub call that did not succeed, told in the terms the sync worker decides on: wait for the limit, try
 * again later, or give up. The message is safe to store and show: it never holds the token.
 */
public class GitHubCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Classification {
        /** GitHub asked us to slow down; {@link #retryAt()} says until when, when it said so. */
        RATE_LIMITED,
        /** GitHub or the network failed for a while (5xx, timeout, reset): try again with backoff. */
        TRANSIENT,
        /** Trying again will fail the same way (401, 403, 404, 422): record it and stop. */
        PERMANENT
    }

    private final Classification classification;
    private final int status;
    private final Instant retryAt;

    /**
     * @param status the HTTP status, or 0 when no response came back
     * @param retryAt the earliest time GitHub said a retry may succeed, or null when it did not say
     */
    public GitHubCallException(Classification classification, int status, String message, Instant retryAt,
            Throwable cause) {
        super(message, cause);
        this.classification = classification;
        this.status = status;
        this.retryAt = retryAt;
    }

    public Classification classification() {
        return classification;
    }

    /** The HTTP status, or 0 when no response came back (timeout, connection reset). */
    public int status() {
        return status;
    }

    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}
