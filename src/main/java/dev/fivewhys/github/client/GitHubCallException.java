package dev.fivewhys.github.client;

import java.time.Instant;
import java.util.Optional;

/**
 * A GitHub call that did not succeed, told in the terms the sync worker decides on: wait for the limit, wait for
 * GitHub to come back, stop until the token is fixed, or give up on this one write. The message is safe to store
 * and show: it never holds the token.
 */
public class GitHubCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Classification {
        /** GitHub asked us to slow down; {@link #retryAt()} says until when, never sooner than a floor. */
        RATE_LIMITED,
        /** GitHub or the network failed (5xx, timeout, reset): GitHub itself is unwell, not this write. */
        TRANSIENT,
        /** The token was refused (401) or may not do this (403): no write will succeed until it is fixed. */
        CREDENTIALS,
        /** GitHub refused this write for good (404, 410, 422…): trying again will fail the same way. */
        PERMANENT
    }

    private final Classification classification;
    private final int status;
    private final Instant retryAt;

    /**
     * @param status the HTTP status, or 0 when no response came back
     * @param retryAt the earliest time a retry may succeed, or null when nobody said
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
