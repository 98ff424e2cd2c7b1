package dev.fivewhys.impact;

import java.time.Duration;

/** How long something took or has waited, in the words of the page: "2 d 4 h", "5 h 10 min", "12 min". */
public final class Durations {

    private Durations() {
    }

    public static String display(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return Math.max(minutes, duration.isZero() ? 0 : 1) + " min";
    }
}
