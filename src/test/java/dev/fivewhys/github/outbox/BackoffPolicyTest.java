package dev.fivewhys.github.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BackoffPolicyTest {

    @Test
    void aJobBacksOffExponentiallyUpToItsLastAttempt() {
        BackoffPolicy top = new BackoffPolicy(() -> 0.999_999, BackoffPolicy.MAX_ATTEMPTS);

        long[] ceilings = { 2, 4, 8, 16, 32, 64, 128 };
        for (int attempt = 1; attempt <= 7; attempt++) {
            Duration delay = top.afterJobFailure(attempt).orElseThrow();
            Duration ceiling = Duration.ofSeconds(ceilings[attempt - 1]);
            assertTrue(delay.compareTo(ceiling) <= 0 && delay.compareTo(ceiling.minusMillis(2)) >= 0,
                    "attempt " + attempt + ": " + delay);
        }
        assertEquals(Optional.empty(), top.afterJobFailure(8), "8 attempts, then the job fails");
    }

    @Test
    void aJobsJitterIsFullAndItsCeilingStopsAtTenMinutes() {
        assertEquals(Optional.of(Duration.ZERO), new BackoffPolicy(() -> 0.0, 8).afterJobFailure(5));
        assertEquals(Optional.of(Duration.ofSeconds(8)), new BackoffPolicy(() -> 0.5, 8).afterJobFailure(4));
        assertEquals(Duration.ofMinutes(10), BackoffPolicy.ceiling(12, BackoffPolicy.JOB_CAP));
        assertTrue(new BackoffPolicy(() -> 0.999_999, 30).afterJobFailure(25).orElseThrow()
                .compareTo(Duration.ofMinutes(10)) <= 0);

        BackoffPolicy random = new BackoffPolicy();
        for (int i = 0; i < 1000; i++) {
            Duration d = random.afterJobFailure(3).orElseThrow();
            assertTrue(!d.isNegative() && d.compareTo(Duration.ofSeconds(8)) <= 0, d.toString());
        }
    }

    @Test
    void probesComeAtAGrowingIntervalNeverAtOnceAndAtLeastEveryMinute() {
        BackoffPolicy lowest = new BackoffPolicy(() -> 0.0, 8);
        BackoffPolicy highest = new BackoffPolicy(() -> 0.999_999, 8);

        assertEquals(Duration.ofSeconds(1), lowest.beforeProbe(1), "half of 2 s at least: a probe is a request");
        assertEquals(Duration.ofSeconds(16), lowest.beforeProbe(5), "half of 32 s");
        assertTrue(highest.beforeProbe(5).compareTo(Duration.ofSeconds(32)) <= 0);
        assertEquals(Duration.ofSeconds(30), lowest.beforeProbe(40));
        assertTrue(highest.beforeProbe(40).compareTo(Duration.ofMinutes(1)) <= 0);
        Duration waited = Duration.ZERO;
        int probes = 0;
        while (waited.compareTo(Duration.ofMinutes(3)) < 0) {
            waited = waited.plus(lowest.beforeProbe(++probes));
        }
        assertTrue(probes <= 12, "a three-minute outage costs " + probes + " probes at most");
    }
}
