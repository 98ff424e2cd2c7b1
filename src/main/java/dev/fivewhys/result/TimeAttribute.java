package dev.fivewhys.result;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code time} attribute into milliseconds. JUnit says "seconds as a decimal", but producers
 * also write thousands separators ("1,234.5", old Surefire), decimal commas ("0,5", localized .NET),
 * units ("0.001s", "340ms"), clock form ("12:03", "1:02:03.5") or ISO ("PT1.5S"). Whatever cannot be
 * read counts as 0: a wrong duration must never cost the user their upload.
 */
final class TimeAttribute {

    /** One case longer than ~24 days is a producer bug; capping keeps sums far from overflow. */
    static final long MAX_MILLIS = Integer.MAX_VALUE;

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("([0-9.,]+(?:e[+-]?\\d+)?)\\s*([a-zµ]*)");

    private TimeAttribute() {
    }

    static long toMillis(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        long plain = plainSecondsMillis(text);
        if (plain >= 0) {
            return plain;
        }
        String time = text.strip().toLowerCase(Locale.ROOT);
        double millis;
        if (time.startsWith("p")) {
            millis = isoMillis(time);
        } else if (time.contains(":")) {
            millis = clockMillis(time);
        } else {
            millis = numberWithUnitMillis(time);
        }
        if (!(millis > 0)) { // also NaN
            return 0;
        }
        return Math.min(Math.round(millis), MAX_MILLIS);
    }

    /**
     * What nearly every producer writes, "0.250" or "12", read without a regular expression (a report has one per
     * case, and the pattern cost a tenth of parsing); -1 when the text is anything else.
     */
    private static long plainSecondsMillis(String text) {
        int length = text.length();
        if (length == 0 || length > 15) {
            return -1;
        }
        boolean dot = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot && i > 0 && i < length - 1) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Math.min(Math.round(Double.parseDouble(text) * 1000), MAX_MILLIS);
    }

    private static double numberWithUnitMillis(String time) {
        Matcher m = NUMBER_WITH_UNIT.matcher(time);
        if (!m.matches()) {
            return 0;
        }
        double number = decimal(m.group(1));
        return switch (m.group(2)) {
            case "", "s", "sec", "secs", "second", "seconds" -> number * 1000;
            case "ms", "msec", "millis", "milliseconds" -> number;
            case "us", "µs" -> number / 1000;
            case "ns" -> number / 1_000_000;
            case "m", "min", "mins", "minute", "minutes" -> number * 60_000;
            case "h", "hour", "hours" -> number * 3_600_000;
            default -> 0;
        };
    }

    /** "mm:ss", "hh:mm:ss", each part possibly fractional. */
    private static double clockMillis(String time) {
        String[] parts = time.split(":", -1);
        if (parts.length > 3) {
            return 0;
        }
        double seconds = 0;
        for (String part : parts) {
            double value = decimal(part.strip());
            if (Double.isNaN(value)) {
                return 0;
            }
            seconds = seconds * 60 + value;
        }
        return seconds * 1000;
    }

    private static double isoMillis(String time) {
        try {
            return Duration.parse(time.toUpperCase(Locale.ROOT)).toMillis();
        } catch (DateTimeParseException | ArithmeticException e) {
            return 0;
        }
    }

    /**
     * With a dot present, commas are thousands separators ("1,234.5"). Without one, several commas are
     * separators too ("1,234,567") but a single comma is a decimal comma ("0,5", "1,234" = 1.234): the
     * localized producers that write commas always print fractions, so this reads them right.
     */
    private static double decimal(String number) {
        String plain;
        if (number.contains(".")) {
            plain = number.replace(",", "");
        } else if (number.indexOf(',') != number.lastIndexOf(',')) {
            plain = number.replace(",", "");
        } else {
            plain = number.replace(',', '.');
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
