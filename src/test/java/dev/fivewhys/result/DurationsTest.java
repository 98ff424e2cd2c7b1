package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Durations are written out by hand for speed; they must read exactly as the format patterns they replace. */
class DurationsTest {

    @Test
    void readsAsTheFormatPatternsItReplaces() {
        for (long millis = 0; millis < 8_000_000; millis += millis < 120_000 ? 1 : 997) {
            assertEquals(formatted(millis), Durations.display(millis), "for " + millis + " ms");
        }
    }

    private static String formatted(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
