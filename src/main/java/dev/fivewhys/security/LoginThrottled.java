package dev.fivewhys.security;

import java.time.Duration;

/**
 * Too many failed logins: this one was refused without looking at the password. An expected answer, not a fault, so
 * without a stack trace.
 */
public class LoginThrottled extends RuntimeException {

    private final Duration retryAfter;

    public LoginThrottled(Duration retryAfter) {
        super("Too many failed logins", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until another attempt is taken, for a Retry-After header; at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The wait in words, for the login page. */
    public String waitInWords() {
        long seconds = retryAfterSeconds();
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
