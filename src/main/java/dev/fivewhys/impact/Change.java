package dev.fivewhys.impact;

import java.time.Duration;
import java.util.Locale;

/**
 * How a figure moved against the previous period, in words and numbers so that colour is never the only sign: a
 * sentence ("Up 3 from 9 on Feb 24, 2025: worse") and a short form for tight places ("up 3"). On this page more is
 * always worse: more revenue at risk, more open or recurring failures, longer recoveries. Each factory takes what the
 * figure is compared with ({@code against}), e.g. "on Feb 24, 2025" or "in Dec 2, 2024 – Feb 23, 2025".
 */
public record Change(Trend trend, String words, String brief) {

    public enum Trend {
        BETTER("▼"),
        WORSE("▲"),
        SAME("="),
        NOT_COMPARED("");

        /** Drawn beside the words; the words alone say it all. */
        public final String arrow;

        Trend(String arrow) {
            this.arrow = arrow;
        }

        public String cssClass() {
            return "change-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** "Up 3 from 9 on Feb 24: worse". */
    public static Change ofCount(long now, long before, String against) {
        return of(Long.compare(now, before), Long.toString(Math.abs(now - before)), Long.toString(before), against);
    }

    /** "Up $20,000 MRR from $100,000 MRR on Feb 24: worse"; both of one currency and basis. */
    public static Change ofMoney(Money now, Money before, String against) {
        if (!now.kind().equals(before.kind())) {
            throw new IllegalArgumentException("money of different kinds is never compared: " + now + ", " + before);
        }
        Money difference = new Money(Math.abs(now.amountMinor() - before.amountMinor()), now.currency(), now.basis());
        return of(Long.compare(now.amountMinor(), before.amountMinor()), difference.display(), before.display(), against);
    }

    /** "20 min faster than 1 h 20 min in Dec 2 – Feb 24: better"; not compared when either period recovered nothing. */
    public static Change ofDuration(Duration now, Duration before, String against) {
        if (before == null) {
            return new Change(Trend.NOT_COMPARED, "None " + against + (now == null ? " either" : " to compare with"),
                    "not compared");
        }
        if (now == null) {
            return new Change(Trend.NOT_COMPARED, "None in this period, " + Durations.display(before) + " " + against,
                    "not compared");
        }
        int direction = now.compareTo(before);
        String by = Durations.display(now.minus(before).abs());
        return switch (Integer.signum(direction)) {
            case 1 -> new Change(Trend.WORSE, by + " slower than " + Durations.display(before) + " " + against + ": worse",
                    by + " slower");
            case -1 -> new Change(Trend.BETTER, by + " faster than " + Durations.display(before) + " " + against
                    + ": better", by + " faster");
            default -> new Change(Trend.SAME, "Same as " + against, "no change");
        };
    }

    private static Change of(int direction, String by, String before, String against) {
        return switch (Integer.signum(direction)) {
            case 1 -> new Change(Trend.WORSE, "Up " + by + " from " + before + " " + against + ": worse", "up " + by);
            case -1 -> new Change(Trend.BETTER, "Down " + by + " from " + before + " " + against + ": better",
                    "down " + by);
            default -> new Change(Trend.SAME, "No change from " + before + " " + against, "no change");
        };
    }
}
