package dev.fivewhys.github.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.fivewhys.github.client.GitHubCallException;
import dev.fivewhys.github.client.GitHubCallException.Classification;

class BackoffPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static GitHubCallException failure(Classification c, int status, Instant retryAt) {
        return new GitHubCallException(c, status, "test", retryAt, null);
    }

    @Test
    void permanentFailuresAreNotRetried() {
        BackoffPolicy policy = new BackoffPolicy();
        for (int status : new int[] { 401, 403, 404, 422 }) {
            assertEquals(Optional.empty(), policy.nextDelay(failure(Classification.PERMANENT, status, null), 1, NOW));
        }
    }

    @Test
    void rateLimitsWaitAsLongAsGitHubSaysAndNeverGiveUp() {
        BackoffPolicy policy = new BackoffPolicy();

        assertEquals(Optional.of(Duration.ofSeconds(7)),
                policy.nextDelay(failure(Classification.RATE_LIMITED, 429, NOW.plusSeconds(7)), 1, NOW));
        assertEquals(Optional.of(Duration.ofMinutes(42)),
                policy.nextDelay(failure(Classification.RATE_LIMITED, 403, NOW.plusSeconds(42 * 60)), 50, NOW));
        assertEquals(Optional.of(Duration.ZERO),
                policy.nextDelay(failure(Classification.RATE_LIMITED, 403, NOW.minusSeconds(3)), 1, NOW));
        assertEquals(Optional.of(Duration.ofMinutes(1)),
                policy.nextDelay(failure(Classification.RATE_LIMITED, 403, null), 1, NOW));
    }

    @Test
    void transientFailuresBackOffExponentiallyUpToTheLastAttempt() {
        BackoffPolicy top = new BackoffPolicy(() -> 0.999_999, BackoffPolicy.MAX_ATTEMPTS);
        GitHubCallException e = failure(Classification.TRANSIENT, 502, null);

        long[] ceilings = { 2, 4, 8, 16, 32, 64, 128 };
        for (int attempt = 1; attempt <= 7; attempt++) {
            Duration delay = top.nextDelay(e, attempt, NOW).orElseThrow();
            Duration ceiling = Duration.ofSeconds(ceilings[attempt - 1]);
            assertTrue(delay.compareTo(ceiling) <= 0 && delay.compareTo(ceiling.minusMillis(2)) >= 0,
                    "attempt " + attempt + ": " + delay);
        }
        assertEquals(Optional.empty(), top.nextDelay(e, 8, NOW), "8 attempts, then the job fails");
    }

    @Test
    void theJitterIsFullAndTheCeilingStopsAtTenMinutes() {
        GitHubCallException e = failure(Classification.TRANSIENT, 0, null);

        assertEquals(Optional.of(Duration.ZERO), new BackoffPolicy(() -> 0.0, 8).nextDelay(e, 5, NOW));
        assertEquals(Optional.of(Duration.ofSeconds(8)), new BackoffPolicy(() -> 0.5, 8).nextDelay(e, 4, NOW));
        BackoffPolicy patient = new BackoffPolicy(() -> 0.999_999, 30);
        assertEquals(Duration.ofMinutes(10), BackoffPolicy.ceiling(12));
        assertTrue(patient.nextDelay(e, 25, NOW).orElseThrow().compareTo(Duration.ofMinutes(10)) <= 0);

        BackoffPolicy random = new BackoffPolicy();
        for (int i = 0; i < 1000; i++) {
            Duration d = random.nextDelay(e, 3, NOW).orElseThrow();
            assertTrue(!d.isNegative() && d.compareTo(Duration.ofSeconds(8)) <= 0, d.toString());
        }
    }

    @Test
    void aTransientFailureThatSaysWhenIsNotRetriedEarlier() {
        BackoffPolicy policy = new BackoffPolicy(() -> 0.5, 8);

        assertEquals(Optional.of(Duration.ofSeconds(30)),
                policy.nextDelay(failure(Classification.TRANSIENT, 503, NOW.plusSeconds(30)), 1, NOW));
    }
}
