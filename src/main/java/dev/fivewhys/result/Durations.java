package dev.fivewhys.result;

import io.quarkus.qute.TemplateExtension;

/** Test durations as people read them. */
public final class Durations {

    private Durations() {
    }

    /** In templates: {@code {duration:show(suite.durationMs)}}. */
    @TemplateExtension(namespace = "duration", matchName = "show")
    public static String display(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        // not String.format, which parses its pattern on every call: 1% of the session page's CPU for one run
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return seconds / 60 + " min " + twoDigits(seconds % 60) + " s";
        }
        return seconds / 3600 + " h " + twoDigits(seconds % 3600 / 60) + " min";
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }
}
