package dev.fivewhys.github.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import dev.fivewhys.github.client.GitHubCallException;

/**
 * When the sync worker should try a failed GitHub call again, if at all.
 * <ul>
 * <li>PERMANENT: never; the job is marked failed.</li>
 * <li>RATE_LIMITED: when GitHub said (Retry-After, or the rate-limit reset), else after a minute, as GitHub
 * asks. This does not use up attempts: being told to wait is not the job's fault.</li>
 * <li>TRANSIENT: exponential backoff with full jitter (a random wait between zero and 2 s, 4 s, 8 s, ... up to
 * 10 minutes), so that many jobs failed by the same outage do not come back at the same moment; the job fails
 * after its last attempt.</li>
 * </ul>
 */
public final class BackoffPolicy {

    public static final Duration BASE = Duration.ofSeconds(2);
    public static final Duration CAP = Duration.ofMinutes(10);
    public static final Duration RATE_LIMIT_FALLBACK = Duration.ofMinutes(1);
    public static final int MAX_ATTEMPTS = 8;

    private final DoubleSupplier random;
    private final int maxAttempts;

    public BackoffPolicy() {
        this(() -> ThreadLocalRandom.current().nextDouble(), MAX_ATTEMPTS);
    }

    /** @param random numbers in [0, 1), fixed in tests */
    public BackoffPolicy(DoubleSupplier random, int maxAttempts) {
        this.random = random;
        this.maxAttempts = maxAttempts;
    }

    /**
     * @param attempt how many attempts have been made, including the one that just failed (1 after the first)
     * @return how long to wait before the next attempt, or empty to give up
     */
    public Optional<Duration> nextDelay(GitHubCallException e, int attempt, Instant now) {
        Optional<Duration> told = e.retryAt().map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        switch (e.classification()) {
            case PERMANENT:
                return Optional.empty();
            case RATE_LIMITED:
                return Optional.of(told.orElse(RATE_LIMIT_FALLBACK));
            case TRANSIENT:
            default:
                if (attempt >= maxAttempts) {
                    return Optional.empty();
                }
                Duration jittered = Duration.ofMillis((long) (random.getAsDouble() * ceiling(attempt).toMillis()));
                // A 503 may say when to come back; never earlier than that.
                return Optional.of(told.filter(t -> t.compareTo(jittered) > 0).orElse(jittered));
        }
    }

    /** 2 s after the first attempt, doubling, never above 10 minutes. */
    static Duration ceiling(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        Duration d = BASE.multipliedBy(1L << doublings);
        return d.compareTo(CAP) > 0 ? CAP : d;
    }
}
