package dev.fivewhys.github.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.fivewhys.github.client.GitHubCallException.Classification;

class GitHubErrorsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static GitHubCallException answer(int status, Map<String, List<String>> headers, String body) {
        return GitHubErrors.fromResponse("create issue in acme/shop", status, headers, body, NOW, null);
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        GitHubCallException e = answer(429, Map.of("retry-after", List.of("Sun, 01 Mar 2026 10:05:00 GMT")), "");

        assertEquals(Classification.RATE_LIMITED, e.classification());
        assertEquals(Optional.of(NOW.plusSeconds(300)), e.retryAt());
    }

    @Test
    void retryAfterWinsOverTheResetAndHeaderNamesIgnoreCase() {
        GitHubCallException e = answer(403, Map.of("x-ratelimit-remaining", List.of("0"), "x-ratelimit-reset",
                List.of(String.valueOf(NOW.plusSeconds(3000).getEpochSecond())), "RETRY-AFTER", List.of("60")), "");

        assertEquals(Optional.of(NOW.plusSeconds(60)), e.retryAt());
    }

    @Test
    void theOlderAbuseWordingIsASecondaryLimitToo() {
        GitHubCallException e = answer(403, Map.of(),
                "{\"message\":\"You have triggered an abuse detection mechanism. Please wait a few minutes.\"}");

        assertEquals(Classification.RATE_LIMITED, e.classification());
        assertEquals(Optional.empty(), e.retryAt());
    }

    @Test
    void unavailableIsTransientAndKeepsItsRetryAfter() {
        GitHubCallException e = answer(503, Map.of("Retry-After", List.of("30")), "<html>Unicorn!</html>");

        assertEquals(Classification.TRANSIENT, e.classification());
        assertEquals(Optional.of(NOW.plusSeconds(30)), e.retryAt());
        assertEquals(Classification.TRANSIENT, answer(502, Map.of(), null).classification());
        assertEquals(Classification.TRANSIENT, answer(408, Map.of(), null).classification());
    }

    @Test
    void clientErrorsArePermanent() {
        for (int status : new int[] { 400, 401, 404, 409, 410, 422 }) {
            assertEquals(Classification.PERMANENT, answer(status, Map.of(), "{}").classification(), "" + status);
        }
    }

    @Test
    void theMessageNamesTheActionAndGitHubsReasonBriefly() {
        GitHubCallException e = answer(422, null,
                "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"code\":\"invalid\"}]}");
        assertEquals("create issue in acme/shop: HTTP 422 Validation Failed", e.getMessage());

        String longBody = "x".repeat(5000);
        assertTrue(answer(500, Map.of(), longBody).getMessage().length() < 300);
    }

    @Test
    void noStatusIsTransient() {
        GitHubCallException e = GitHubErrors.withoutStatus("read pull request acme/shop#1",
                new java.io.IOException("wrapped", new HttpTimeoutException("request timed out")));

        assertEquals(Classification.TRANSIENT, e.classification());
        assertEquals(0, e.status());
        assertEquals("read pull request acme/shop#1: failed without an HTTP status (HttpTimeoutException: request timed out)",
                e.getMessage());
    }
}
