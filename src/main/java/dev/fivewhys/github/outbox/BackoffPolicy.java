package dev.fivewhys.github.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait after GitHub failed (5xx, timeout, no answer). Two waits, both growing from 2 s and doubling:
 * <ul>
 * <li>the worker's, per token: while GitHub is failing it sends nothing but a probe (which costs no budget), at
 * 2 s, 4 s, 8 s… up to a minute, so an outage costs a handful of requests, not one per queued job, and the queue
 * drains by itself within a minute of GitHub answering again;</li>
 * <li>a job's own, when GitHub answers everyone else but keeps failing this job: full jitter up to 2 s, 4 s, 8 s…
 * up to 10 minutes, and the job fails after its last attempt.</li>
 * </ul>
 * Rate limits are not here: GitHub says how long to wait for those (see GitHubCallException#retryAt).
 */
public final class BackoffPolicy {

    public static final Duration BASE = Duration.ofSeconds(2);
    public static final Duration JOB_CAP = Duration.ofMinutes(10);
    public static final Duration PROBE_CAP = Duration.ofMinutes(1);
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
     * @param attempts the job's attempts so far, the one that just failed included
     * @return how long before the job's next attempt, or empty when that was its last
     */
    public Optional<Duration> afterJobFailure(int attempts) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        // Full jitter: jobs failed together do not all come back at the same moment.
        return Optional.of(Duration.ofMillis((long) (random.getAsDouble() * ceiling(attempts, JOB_CAP).toMillis())));
    }

    /**
     * @param failuresInARow calls that failed in a row, the last one included
     * @return how long before the worker asks GitHub again: between half and all of the ceiling, never zero
     */
    public Duration beforeProbe(int failuresInARow) {
        Duration ceiling = ceiling(failuresInARow, PROBE_CAP);
        return ceiling.dividedBy(2).plusMillis((long) (random.getAsDouble() * ceiling.dividedBy(2).toMillis()));
    }

    /** 2 s after the first failure, doubling, never above the cap. */
    static Duration ceiling(int failures, Duration cap) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        Duration d = BASE.multipliedBy(1L << doublings);
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
