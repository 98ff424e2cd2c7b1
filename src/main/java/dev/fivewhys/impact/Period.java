package dev.fivewhys.impact;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import dev.fivewhys.impact.chart.DateLabels;

/**
 * A stretch of time [from, to). The page's period runs from the Monday its first week starts to now; each figure is
 * compared with the period of the same length just before it, or, for a figure at a moment (revenue at risk, open
 * failures), with its value when the period began.
 */
public record Period(Instant from, Instant to) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " – " + to);
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The period of the same length that ends where this one starts. */
    public Period previous() {
        return new Period(from.minus(length()), from);
    }

    /** "Dec 2, 2024 – Feb 24, 2025" in the team's zone; the end is the last day the period covers. */
    public String display(ZoneId zone) {
        return DateLabels.span(from.atZone(zone).toLocalDate(), to.minusNanos(1).atZone(zone).toLocalDate());
    }
}
