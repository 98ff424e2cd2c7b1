package dev.fivewhys.github.client;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Reads GitHub's response headers. Times GitHub gives (a rate-limit reset, a Retry-After date) are on GitHub's clock;
 * they are turned into a wait measured against GitHub's own {@code Date} header, then added to the app's clock, so
 * a difference between the two clocks never shortens a wait.
 */
final class GitHubHeaders {

    private final Map<String, List<String>> headers;

    GitHubHeaders(Map<String, List<String>> headers) {
        this.headers = headers == null ? Map.of() : headers;
    }

    /** The first value of a header, whatever the case of its name; null when absent. */
    String value(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (name.equalsIgnoreCase(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty()) {
                return e.getValue().get(0).trim();
            }
        }
        return null;
    }

    boolean has(String name) {
        return value(name) != null;
    }

    /** How long until {@code atOnGitHub}, by GitHub's clock when it sent its Date, else by the app's. */
    Duration until(Instant atOnGitHub, Instant appNow) {
        Instant githubNow = httpDate(value("Date"));
        return Duration.between(githubNow == null ? appNow : githubNow, atOnGitHub);
    }

    /** Retry-After is a number of seconds or an HTTP date; null when absent or unreadable. */
    Duration retryAfter(Instant appNow) {
        String v = value("Retry-After");
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            Instant at = httpDate(v);
            return at == null ? null : until(at, appNow);
        }
    }

    /** An epoch-seconds header (x-ratelimit-reset); null when absent or unreadable. */
    Instant epochSeconds(String name) {
        try {
            String v = value(name);
            return v == null ? null : Instant.ofEpochSecond(Long.parseLong(v));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Integer integer(String name) {
        try {
            String v = value(name);
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
