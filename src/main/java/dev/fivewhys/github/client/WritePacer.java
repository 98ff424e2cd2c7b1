package dev.fivewhys.github.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import dev.fivewhys.core.Sleeper;

/**
 * Keeps content-creating requests under GitHub's published secondary limits: no more than 80 a minute, 500 an
 * hour, and one at a time with a second between them. Waiting ahead of time is cheaper than being told to stop
 * for a minute or more, and GitHub may block tokens that keep hitting the limits.
 * <p>
 * The count lives in this process: if several copies of the app send GitHub writes with the same token, each
 * needs a share of the limits.
 */
public class WritePacer {

    /** At most {@code requests} within any {@code window}. */
    public record Limit(int requests, Duration window) {

        public Limit {
            if (requests < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a limit needs at least one request and a positive window");
            }
        }
    }

    public static final List<Limit> GITHUB_CONTENT_LIMITS = List.of(
            new Limit(80, Duration.ofMinutes(1)),
            new Limit(500, Duration.ofHours(1)));
    public static final Duration GITHUB_MIN_GAP = Duration.ofSeconds(1);

    /** No pacing, for callers that pace on their own. */
    public static final WritePacer NONE = new WritePacer(Clock.systemUTC(), Sleeper.SYSTEM, List.of(), Duration.ZERO);

    private final Clock clock;
    private final Sleeper sleeper;
    private final List<Limit> limits;
    private final Duration minGap;
    /** How long a sent request still matters: the longest window, or the gap if that is longer. */
    private final Duration memory;
    /** When the remembered requests were let through, oldest first. */
    private final Deque<Instant> sent = new ArrayDeque<>();

    public WritePacer(Clock clock, Sleeper sleeper) {
        this(clock, sleeper, GITHUB_CONTENT_LIMITS, GITHUB_MIN_GAP);
    }

    public WritePacer(Clock clock, Sleeper sleeper, List<Limit> limits, Duration minGap) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.limits = List.copyOf(limits);
        this.minGap = Objects.requireNonNull(minGap, "minGap");
        this.memory = this.limits.stream().map(Limit::window).reduce(minGap, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /**
     * Blocks until a content-creating request may go, and counts it as sent. The gateway calls it right before
     * each such request, so pacing counts the requests actually sent (one sync job can take several).
     */
    public synchronized void awaitTurn() throws InterruptedException {
        for (Duration wait = waitBefore(clock.instant()); !wait.isZero(); wait = waitBefore(clock.instant())) {
            sleeper.sleep(wait);
        }
        sent.addLast(clock.instant());
    }

    /** How long a request arriving now must wait; zero when it may go now. */
    synchronized Duration waitBefore(Instant now) {
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(memory))) {
            sent.removeFirst();
        }
        Instant earliest = now;
        if (!sent.isEmpty()) {
            earliest = later(earliest, sent.peekLast().plus(minGap));
        }
        for (Limit limit : limits) {
            // The request limit.requests() places back must leave the window first.
            int inWindow = 0;
            for (Iterator<Instant> newestFirst = sent.descendingIterator(); newestFirst.hasNext();) {
                Instant at = newestFirst.next();
                if (!at.isAfter(now.minus(limit.window()))) {
                    break;
                }
                if (++inWindow == limit.requests()) {
                    earliest = later(earliest, at.plus(limit.window()));
                    break;
                }
            }
        }
        return Duration.between(now, earliest);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
