package dev.fivewhys.failure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What makes two failing test results "the same failure": the failure type plus the message with its
 * run-to-run noise masked (see {@link MessageMask}). Results with equal signatures are grouped into one
 * Failure, across runs and sessions, which is how a failure is recognized as recurring.
 */
public final class FailureSignature {

    /** 20 hex characters = 80 bits: no accidental collision among millions of failures. */
    static final int HASH_LENGTH = 20;

    private final String failureType;
    private final String normalized;
    private final String hash;

    private FailureSignature(String failureType, String normalized) {
        this.failureType = failureType;
        this.normalized = normalized;
        this.hash = sha256Hex(failureType + "\n" + normalized);
    }

    /**
     * @param failureType the result's type as the report wrote it (e.g.
     *        {@code websockets.exceptions.ConnectionClosedError}), kept whole; null or blank when unknown
     * @param message the result's message; null when there is none
     */
    public static FailureSignature of(String failureType, String message) {
        String type = failureType == null ? "" : failureType.strip();
        return new FailureSignature(type, MessageMask.normalize(message));
    }

    /** The failure type, "" when the report gave none. */
    public String failureType() {
        return failureType;
    }

    /** The message with volatile parts masked, whitespace collapsed, at most {@value MessageMask#MAX_LENGTH} chars. */
    public String normalized() {
        return normalized;
    }

    /** A stable hex key for indexing: the start of the SHA-256 of type and normalized message. */
    public String hash() {
        return hash;
    }

    /** Type and message as one line, for showing the signature to people. */
    public String text() {
        if (failureType.isEmpty()) {
            return normalized;
        }
        return normalized.isEmpty() ? failureType : failureType + ": " + normalized;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FailureSignature that
                && failureType.equals(that.failureType)
                && normalized.equals(that.normalized);
    }

    @Override
    public int hashCode() {
        return Objects.hash(failureType, normalized);
    }

    @Override
    public String toString() {
        return text() + " [" + hash + "]";
    }

    /** The first {@link #HASH_LENGTH} hex digits of the text's SHA-256 (only those are formatted). */
    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
