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
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(java.util.Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(java.util.Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
