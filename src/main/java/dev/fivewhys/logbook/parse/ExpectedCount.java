package dev.fivewhys.logbook.parse;

/**
 * How many tests a phase or suite is expected to hold: "(25 tests)", "(5-10 tests)", "(100+ tests)".
 *
 * @param text as written inside the parentheses, e.g. "5-10 tests"
 * @param max null when open-ended ("100+")
 */
public record ExpectedCount(String text, int min, Integer max) {

    public boolean exact() {
        return max != null && max == min;
    }
}
