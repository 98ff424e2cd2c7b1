package dev.fivewhys.github.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fivewhys.github.client.WritePacer.Limit;

class WritePacerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final FakeClock clock = new FakeClock(T0);

    private List<Instant> send(WritePacer pacer, int requests, Duration workBetween) throws InterruptedException {
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            pacer.awaitTurn();
            sent.add(clock.instant());
            clock.advance(workBetween);
        }
        return sent;
    }

    /** Any window is worst when it starts at a request: count the requests from each one on. */
    private static void assertAtMost(int max, Duration window, List<Instant> sent) {
        for (Instant start : sent) {
            Instant end = start.plus(window);
            long inWindow = sent.stream().filter(t -> !t.isBefore(start) && t.isBefore(end)).count();
            assertTrue(inWindow <= max, inWindow + " requests within " + window + " from " + start);
        }
    }

    private static void assertGapsAtLeast(Duration gap, List<Instant> sent) {
        for (int i = 1; i < sent.size(); i++) {
            Duration between = Duration.between(sent.get(i - 1), sent.get(i));
            assertTrue(between.compareTo(gap) >= 0, "only " + between + " before request " + i);
        }
    }

    @Test
    void aBacklogOf200KeepsGitHubsLimitsWithoutWaitingLonger() throws InterruptedException {
        List<Instant> sent = send(new WritePacer(clock, clock::advance), 200, Duration.ZERO);

        assertAtMost(80, Duration.ofMinutes(1), sent);
        assertGapsAtLeast(Duration.ofSeconds(1), sent);
        assertEquals(T0.plusSeconds(199), sent.get(199), "one a second, no slower");
    }

    @Test
    void timeSpentBetweenRequestsCountsTowardTheGap() throws InterruptedException {
        List<Instant> sent = send(new WritePacer(clock, clock::advance), 10, Duration.ofMillis(400));

        assertGapsAtLeast(Duration.ofSeconds(1), sent);
        assertEquals(T0.plusSeconds(9), sent.get(9));
    }

    @Test
    void theMinuteLimitHoldsWhenRequestsMayComeCloser() throws InterruptedException {
        WritePacer pacer = new WritePacer(clock, clock::advance, List.of(new Limit(80, Duration.ofMinutes(1))),
                Duration.ZERO);

        List<Instant> sent = send(pacer, 200, Duration.ofMillis(10));

        assertAtMost(80, Duration.ofMinutes(1), sent);
        assertEquals(T0.plusSeconds(60), sent.get(80), "the 81st waits for the first to leave the window");
        assertEquals(T0.plusSeconds(120), sent.get(160));
    }

    @Test
    void theHourLimitHoldsTooOverALongBacklog() throws InterruptedException {
        List<Instant> sent = send(new WritePacer(clock, clock::advance), 600, Duration.ZERO);

        assertAtMost(500, Duration.ofHours(1), sent);
        assertAtMost(80, Duration.ofMinutes(1), sent);
        assertEquals(T0.plusSeconds(499), sent.get(499));
        assertEquals(T0.plusSeconds(3600), sent.get(500), "the 501st waits for the first to leave the hour");
    }

    @Test
    void aGapAloneIsKeptToo() throws InterruptedException {
        WritePacer gapOnly = new WritePacer(clock, clock::advance, List.of(), Duration.ofSeconds(1));

        assertGapsAtLeast(Duration.ofSeconds(1), send(gapOnly, 5, Duration.ZERO));
    }

    @Test
    void aQuietPacerLetsTheNextRequestGoAtOnce() throws InterruptedException {
        WritePacer pacer = new WritePacer(clock, d -> {
            throw new AssertionError("should not wait " + d);
        });
        pacer.awaitTurn();
        clock.advance(Duration.ofSeconds(5));
        pacer.awaitTurn();
        assertEquals(Duration.ofSeconds(1), pacer.waitBefore(clock.instant()));
    }
}
