package dev.fivewhys.github.client;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.github.client.GitHubCallException.Classification;

/**
 * Turns what GitHub answered (status, headers, body) into a {@link GitHubCallException}. Kept apart from the
 * gateway, and free of the GitHub library, so the rules can be read and tested on their own. They follow GitHub's
 * "Rate limits for the REST API" page: Retry-After first; then {@code x-ratelimit-remaining: 0}, wait until
 * {@code x-ratelimit-reset}; then a secondary limit told by {@code gh-limited-by} or in words, wait at least a
 * minute. Waits are measured against GitHub's Date header and never shorter than a floor.
 */
final class GitHubErrors {

    /** A reset GitHub's clock already passed still waits this long: the limit lifts on GitHub's side, not ours. */
    static final Duration PRIMARY_FLOOR = Duration.ofSeconds(1);
    /** GitHub: "If the retry-after header is absent ... wait for at least one minute before retrying." */
    static final Duration SECONDARY_FLOOR = Duration.ofMinutes(1);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 500;

    private GitHubErrors() {
    }

    static GitHubCallException fromResponse(String action, int status, Map<String, List<String>> headerMap,
            String body, Instant now, Throwable cause) {
        GitHubHeaders headers = new GitHubHeaders(headerMap);
        String message = action + ": HTTP " + status + detail(body);
        Duration retryAfter = headers.retryAfter(now);
        if (status == 401) {
            return new GitHubCallException(Classification.CREDENTIALS, status, message, null, cause);
        }
        if (status == 403 || status == 429) {
            if (retryAfter != null) {
                return limited(status, message, now.plus(atLeast(retryAfter, PRIMARY_FLOOR)), cause);
            }
            if ("0".equals(headers.value("X-RateLimit-Remaining"))) {
                Instant reset = headers.epochSeconds("X-RateLimit-Reset");
                Duration wait = reset == null ? SECONDARY_FLOOR : headers.until(reset, now);
                return limited(status, message, now.plus(atLeast(wait, PRIMARY_FLOOR)), cause);
            }
            if (status == 429 || headers.has("gh-limited-by") || isSecondaryLimit(body)) {
                return limited(status, message, now.plus(SECONDARY_FLOOR), cause);
            }
            // Not a limit: the token lacks a permission (scope, repository access, a blocked app).
            return new GitHubCallException(Classification.CREDENTIALS, status, message, null, cause);
        }
        if (status >= 500 || status == 408) {
            Instant hint = retryAfter == null ? null : now.plus(retryAfter);
            return new GitHubCallException(Classification.TRANSIENT, status, message, hint, cause);
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

    private static GitHubCallException limited(int status, String message, Instant retryAt, Throwable cause) {
        return new GitHubCallException(Classification.RATE_LIMITED, status, message, retryAt, cause);
    }

    private static Duration atLeast(Duration wait, Duration floor) {
        return wait.compareTo(floor) < 0 ? floor : wait;
    }

    /**
     * GitHub's own words: its "message" and each of its {@code errors[]} (a 422 says what was invalid there, e.g.
     * "body is too long (maximum is 65536 characters)"); the start of the body when it is not GitHub's JSON.
     */
    static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text;
        try {
            JsonNode json = JSON.readTree(body);
            text = json != null && json.isObject() ? reasons(json) : body;
        } catch (IOException notJson) {
            text = body;
        }
        text = oneLine(text);
        return text.isEmpty() ? "" : " " + (text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text);
    }

    private static String reasons(JsonNode json) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode error : json.path("errors")) {
            String reason = error.isTextual() ? error.asText() : error.path("message").asText("");
            if (reason.isBlank() && error.isObject()) {
                // {"resource":"Issue","code":"invalid","field":"labels"}: what was wrong with which field.
                reason = (error.path("code").asText("") + " " + error.path("field").asText("")).trim();
                if (error.hasNonNull("resource")) {
                    reason += " (" + error.path("resource").asText() + ")";
                }
            }
            if (!reason.isBlank()) {
                reasons.add(reason.trim());
            }
        }
        String message = json.path("message").asText("");
        if (reasons.isEmpty()) {
            return message;
        }
        return (message.isEmpty() ? "" : message + ": ") + String.join("; ", reasons);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
