package dev.fivewhys.github.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * GitHub's published secondary limits on content-creating requests of one token: no more than 80 a minute, 500 an
 * hour, and a second between them. Waiting ahead of time is cheaper than being told to stop for a minute or more,
 * and GitHub may block tokens that keep hitting the limits.
 */
public record WriteLimits(List<Limit> limits, Duration minGap) {

    /** At most {@code requests} within any {@code window}. */
    public record Limit(int requests, Duration window) {

        public Limit {
            if (requests < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a limit needs at least one request and a positive window");
            }
        }
    }

    public static final WriteLimits GITHUB = new WriteLimits(
            List.of(new Limit(80, Duration.ofMinutes(1)), new Limit(500, Duration.ofHours(1))), Duration.ofSeconds(1));

    public WriteLimits {
        limits = List.copyOf(limits);
        Objects.requireNonNull(minGap, "minGap");
    }

    /** How long a sent request still matters: the longest window, or the gap if that is longer. */
    public Duration memory() {
        return limits.stream().map(Limit::window).reduce(minGap, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /**
     * The earliest a request may go, {@code now} or later.
     *
     * @param sentNewestFirst when earlier requests went, newest first (older than {@link #memory()} may be left out)
     */
    public Instant earliest(List<Instant> sentNewestFirst, Instant now) {
        if (sentNewestFirst.isEmpty()) {
            return now;
        }
        Instant earliest = later(now, sentNewestFirst.get(0).plus(minGap));
        for (Limit limit : limits) {
            // The request limit.requests() places back must leave the window first.
            if (sentNewestFirst.size() >= limit.requests()) {
                Instant leaving = sentNewestFirst.get(limit.requests() - 1).plus(limit.window());
                earliest = later(earliest, leaving);
            }
        }
        return earliest;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
