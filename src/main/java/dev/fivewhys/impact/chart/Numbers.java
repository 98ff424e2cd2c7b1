package dev.fivewhys.impact.chart;

import java.util.Locale;

/**
 * Numbers as {@link String#format} with {@link Locale#ROOT} writes them ({@code %.1f}, {@code %.0f}, {@code %,.0f}),
 * without parsing a format and building a Formatter for each: a chart writes a few hundred per view. Formatter rounds
 * half up the shortest decimal that reads back as the double; away from a tie that is the double's own rounding, so
 * only values within a hair of one (and the huge, NaN and infinite) are left to it.
 */
public final class Numbers {

    /** Below this a double's error (an ulp, at most 2^-16) stays far inside {@link #NEAR_TIE}. */
    private static final double EXACT = 1e11;
    /** How near a tie a value must be to be left to Formatter. */
    private static final double NEAR_TIE = 1e-3;

    private Numbers() {
    }

    /** "12.3", "-0.0", "1234567.9": as {@code %.1f}. */
    public static String oneDecimal(double v) {
        long tenths = rounded(v * 10);
        if (tenths < 0) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        StringBuilder out = new StringBuilder(12);
        if (negative(v)) {
            out.append('-');
        }
        return out.append(tenths / 10).append('.').append(tenths % 10).toString();
    }

    /** "12", "-0", "1235": as {@code %.0f}. */
    public static String whole(double v) {
        long whole = rounded(v);
        if (whole < 0) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return negative(v) ? "-" + whole : Long.toString(whole);
    }

    /** "1,234,568", "-12": as {@code %,.0f}. */
    public static String grouped(double v) {
        long whole = rounded(v);
        if (whole < 0) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        String digits = Long.toString(whole);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (negative(v)) {
            out.append('-');
        }
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** The magnitude rounded half up, or -1 where Formatter must decide: near a tie, huge, NaN or infinite. */
    private static long rounded(double scaled) {
        double magnitude = Math.abs(scaled);
        if (!(magnitude < EXACT)) {
            return -1;
        }
        double floor = Math.floor(magnitude);
        double fraction = magnitude - floor;
        if (Math.abs(fraction - 0.5) < NEAR_TIE) {
            return -1;
        }
        return (long) floor + (fraction > 0.5 ? 1 : 0);
    }

    /** Formatter writes a minus for any negative value, -0.0 included, even when it rounds to zero. */
    private static boolean negative(double v) {
        return v < 0 || Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0);
    }
}
