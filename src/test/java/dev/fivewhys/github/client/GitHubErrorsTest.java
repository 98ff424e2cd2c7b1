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
    /** GitHub's clock, 5 s behind the app's. */
    private static final String GITHUB_DATE = "Sun, 01 Mar 2026 09:59:55 GMT";

    private static GitHubCallException answer(int status, Map<String, List<String>> headers, String body) {
        return GitHubErrors.fromResponse("create issue in acme/shop", status, headers, body, NOW, null);
    }

    @Test
    void retryAfterMayBeAnHttpDateOnGitHubsClock() {
        GitHubCallException e = answer(429, Map.of("retry-after", List.of("Sun, 01 Mar 2026 10:04:55 GMT"),
                "Date", List.of(GITHUB_DATE)), "");

        assertEquals(Classification.RATE_LIMITED, e.classification());
        assertEquals(Optional.of(NOW.plusSeconds(300)), e.retryAt(), "five minutes by GitHub's clock");
    }

    @Test
    void retryAfterWinsOverTheResetAndHeaderNamesIgnoreCase() {
        GitHubCallException e = answer(403, Map.of("x-ratelimit-remaining", List.of("0"), "x-ratelimit-reset",
                List.of(String.valueOf(NOW.plusSeconds(3000).getEpochSecond())), "RETRY-AFTER", List.of("60")), "");

        assertEquals(Optional.of(NOW.plusSeconds(60)), e.retryAt());
    }

    @Test
    void theResetIsMeasuredFromGitHubsDateNotTheAppsClock() {
        long reset = Instant.parse("2026-03-01T09:59:58Z").getEpochSecond(); // 2 s ago by the app's clock
        GitHubCallException e = answer(403, Map.of("x-ratelimit-remaining", List.of("0"), "x-ratelimit-reset",
                List.of(String.valueOf(reset)), "Date", List.of(GITHUB_DATE)), "{\"message\":\"API rate limit exceeded\"}");

        assertEquals(Classification.RATE_LIMITED, e.classification());
        assertEquals(Optional.of(NOW.plusSeconds(3)), e.retryAt(), "3 s to go by GitHub's clock");
    }

    @Test
    void aResetGitHubsClockAlreadyPassedStillWaitsTheFloor() {
        GitHubCallException e = answer(403, Map.of("x-ratelimit-remaining", List.of("0"), "x-ratelimit-reset",
                List.of(String.valueOf(Instant.parse("2026-03-01T09:59:53Z").getEpochSecond())), "Date",
                List.of(GITHUB_DATE)), "");

        assertEquals(Optional.of(NOW.plus(GitHubErrors.PRIMARY_FLOOR)), e.retryAt());
        assertEquals(Optional.of(NOW.plusSeconds(1)), answer(429, Map.of("Retry-After", List.of("0")), "").retryAt());
    }

    @Test
    void aSecondaryLimitToldByHeaderOrWordsWaitsAMinute() {
        GitHubCallException byHeader = answer(403, Map.of("gh-limited-by", List.of("search-elapsed-time-shared-grouped")),
                "{\"message\":\"Abuse limit reached\"}");
        GitHubCallException byWords = answer(403, Map.of(),
                "{\"message\":\"You have triggered an abuse detection mechanism. Please wait a few minutes.\"}");
        GitHubCallException tooMany = answer(429, Map.of(), "");

        for (GitHubCallException e : List.of(byHeader, byWords, tooMany)) {
            assertEquals(Classification.RATE_LIMITED, e.classification(), e.getMessage());
            assertEquals(Optional.of(NOW.plus(GitHubErrors.SECONDARY_FLOOR)), e.retryAt(), e.getMessage());
        }
    }

    @Test
    void aRefusedTokenIsACredentialsProblem() {
        assertEquals(Classification.CREDENTIALS, answer(401, Map.of(), "{\"message\":\"Bad credentials\"}").classification());
        GitHubCallException forbidden = answer(403, Map.of("x-ratelimit-remaining", List.of("4999")),
                "{\"message\":\"Resource not accessible by personal access token\"}");
        assertEquals(Classification.CREDENTIALS, forbidden.classification());
        assertEquals("create issue in acme/shop: HTTP 403 Resource not accessible by personal access token",
                forbidden.getMessage());
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
    void otherClientErrorsArePermanent() {
        for (int status : new int[] { 400, 404, 409, 410, 422 }) {
            assertEquals(Classification.PERMANENT, answer(status, Map.of(), "{}").classification(), "" + status);
        }
    }

    @Test
    void theMessageNamesTheActionAndGitHubsOwnReasons() {
        assertEquals("create issue in acme/shop: HTTP 422 Validation Failed: body is too long (maximum is 65536 characters)",
                answer(422, null, "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"code\":"
                        + "\"custom\",\"field\":\"body\",\"message\":\"body is too long (maximum is 65536 characters)\"}],"
                        + "\"documentation_url\":\"https://docs.github.com/rest/issues/issues#create-an-issue\"}")
                        .getMessage());
        assertEquals("create issue in acme/shop: HTTP 422 Validation Failed: invalid labels (Issue); missing_field title",
                answer(422, null, "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"code\":"
                        + "\"invalid\",\"field\":\"labels\"},{\"code\":\"missing_field\",\"field\":\"title\"}]}")
                        .getMessage());
        assertEquals("create issue in acme/shop: HTTP 410 Issues are disabled for this repo",
                answer(410, null, "{\"message\":\"Issues are disabled for this repo\"}").getMessage());

        String longBody = "x".repeat(5000);
        assertTrue(answer(500, Map.of(), longBody).getMessage().length() < 600);
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
