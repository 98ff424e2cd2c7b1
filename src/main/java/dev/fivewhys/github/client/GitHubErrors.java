package dev.fivewhys.github.client;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fivewhys.github.client.GitHubCallException.Classification;

/**
 * Turns what GitHub answered (status, headers, body) into a {@link GitHubCallException}. Kept apart from the
 * gateway, and free of the GitHub library, so the rules can be read and tested on their own. The rules follow
 * GitHub's "Rate limits for the REST API" page: Retry-After first, then x-ratelimit-remaining: 0 with
 * x-ratelimit-reset, and a secondary-limit 403 that says neither.
 */
final class GitHubErrors {

    private static final Pattern JSON_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int MAX_DETAIL = 200;

    private GitHubErrors() {
    }

    static GitHubCallException fromResponse(String action, int status, Map<String, List<String>> headers,
            String body, Instant now, Throwable cause) {
        String message = action + ": HTTP " + status + detail(body);
        Instant retryAfter = retryAfter(header(headers, "Retry-After"), now);
        boolean exhausted = "0".equals(header(headers, "X-RateLimit-Remaining"));

        if (status == 403 || status == 429) {
            if (retryAfter != null) {
                return new GitHubCallException(Classification.RATE_LIMITED, status, message, retryAfter, cause);
            }
            if (exhausted) {
                Instant reset = epochSeconds(header(headers, "X-RateLimit-Reset"));
                return new GitHubCallException(Classification.RATE_LIMITED, status, message, reset, cause);
            }
            if (status == 429 || isSecondaryLimit(body)) {
                return new GitHubCallException(Classification.RATE_LIMITED, status, message, null, cause);
            }
            // A plain 403 is a missing permission (token scope, blocked user, archived repository).
            return new GitHubCallException(Classification.PERMANENT, status, message, null, cause);
        }
        if (status >= 500 || status == 408) {
            return new GitHubCallException(Classification.TRANSIENT, status, message, retryAfter, cause);
        }
        return new GitHubCallException(Classification.PERMANENT, status, message, null, cause);
    }

    /** The call failed without an HTTP status: timeout, refused or reset connection, unreadable answer. */
    static GitHubCallException withoutStatus(String action, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return new GitHubCallException(Classification.TRANSIENT, 0,
                action + ": failed without an HTTP status (" + oneLine(why) + ")", null, cause);
    }

    static boolean isSecondaryLimit(String body) {
        if (body == null) {
            return false;
        }
        String text = body.toLowerCase(Locale.ROOT);
        // "abuse detection" is the older wording of the same limit.
        return text.contains("secondary rate limit") || text.contains("abuse detection");
    }

    static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (name.equalsIgnoreCase(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty()) {
                return e.getValue().get(0).trim();
            }
        }
        return null;
    }

    /** Retry-After is either a number of seconds or an HTTP date. */
    static Instant retryAfter(String value, Instant now) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return now.plusSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeException notADate) {
                return null;
            }
        }
    }

    static Instant epochSeconds(String value) {
        try {
            return value == null ? null : Instant.ofEpochSecond(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** GitHub's own "message" when the body is its JSON error, else the start of the body. */
    private static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        Matcher m = JSON_MESSAGE.matcher(body);
        String text = m.find() ? m.group(1) : body;
        text = oneLine(text);
        return " " + (text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
