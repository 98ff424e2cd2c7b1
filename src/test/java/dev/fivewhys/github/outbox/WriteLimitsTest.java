package dev.fivewhys.github.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fivewhys.github.outbox.WriteLimits.Limit;

class WriteLimitsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    /** Sends as soon as the limits allow, with {@code workBetween} spent after each send; oldest first. */
    private static List<Instant> send(WriteLimits limits, int requests, Duration workBetween) {
        List<Instant> newestFirst = new ArrayList<>();
        Instant now = T0;
        for (int i = 0; i < requests; i++) {
            Instant at = limits.earliest(newestFirst, now);
            newestFirst.add(0, at);
            now = at.plus(workBetween);
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Any window is worst when it starts at a request: count the requests from each one on. */
    static void assertAtMost(int max, Duration window, List<Instant> sent) {
        for (Instant start : sent) {
            Instant end = start.plus(window);
            long inWindow = sent.stream().filter(t -> !t.isBefore(start) && t.isBefore(end)).count();
            assertTrue(inWindow <= max, inWindow + " requests within " + window + " from " + start);
        }
    }

    static void assertGapsAtLeast(Duration gap, List<Instant> sent) {
        for (int i = 1; i < sent.size(); i++) {
            Duration between = Duration.between(sent.get(i - 1), sent.get(i));
            assertTrue(between.compareTo(gap) >= 0, "only " + between + " before request " + i);
        }
    }

    @Test
    void aBacklogOf200KeepsGitHubsLimitsWithoutWaitingLonger() {
        List<Instant> sent = send(WriteLimits.GITHUB, 200, Duration.ZERO);

        assertAtMost(80, Duration.ofMinutes(1), sent);
        assertGapsAtLeast(Duration.ofSeconds(1), sent);
        assertEquals(T0.plusSeconds(199), sent.get(199), "one a second, no slower");
    }

    @Test
    void timeSpentBetweenRequestsCountsTowardTheGap() {
        List<Instant> sent = send(WriteLimits.GITHUB, 10, Duration.ofMillis(400));

        assertGapsAtLeast(Duration.ofSeconds(1), sent);
        assertEquals(T0.plusSeconds(9), sent.get(9));
    }

    @Test
    void theMinuteLimitHoldsWhenRequestsMayComeCloser() {
        WriteLimits minuteOnly = new WriteLimits(List.of(new Limit(80, Duration.ofMinutes(1))), Duration.ZERO);

        List<Instant> sent = send(minuteOnly, 200, Duration.ofMillis(10));

        assertAtMost(80, Duration.ofMinutes(1), sent);
        assertEquals(T0.plusSeconds(60), sent.get(80), "the 81st waits for the first to leave the window");
        assertEquals(T0.plusSeconds(120), sent.get(160));
    }

    @Test
    void theHourLimitHoldsTooOverALongBacklog() {
        List<Instant> sent = send(WriteLimits.GITHUB, 600, Duration.ZERO);

        assertAtMost(500, Duration.ofHours(1), sent);
        assertAtMost(80, Duration.ofMinutes(1), sent);
        assertEquals(T0.plusSeconds(499), sent.get(499));
        assertEquals(T0.plusSeconds(3600), sent.get(500), "the 501st waits for the first to leave the hour");
    }

    @Test
    void aQuietTokenSendsAtOnceAndTheFirstWriteNeverWaits() {
        assertEquals(T0, WriteLimits.GITHUB.earliest(List.of(), T0));
        assertEquals(T0, WriteLimits.GITHUB.earliest(List.of(T0.minusSeconds(5)), T0));
        assertEquals(T0.plusMillis(300), WriteLimits.GITHUB.earliest(List.of(T0.minusMillis(700)), T0));
        assertEquals(Duration.ofHours(1), WriteLimits.GITHUB.memory());
    }
}
