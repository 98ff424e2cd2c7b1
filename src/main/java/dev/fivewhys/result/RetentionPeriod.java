package dev.fivewhys.result;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** FIVEWHYS_RESULT_RETENTION in months: "13", "13 months", "2 years", or ISO-8601 "P13M" / "P1Y6M". */
record RetentionPeriod(int months) {

    private static final Pattern WORDS = Pattern.compile("(\\d{1,4})\\s*(months?|years?)?");

    RetentionPeriod {
        if (months < 1) {
            throw new IllegalArgumentException("FIVEWHYS_RESULT_RETENTION must be at least one month");
        }
    }

    static RetentionPeriod parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher words = WORDS.matcher(value);
        if (words.matches()) {
            int number = Integer.parseInt(words.group(1));
            return new RetentionPeriod(words.group(2) != null && words.group(2).startsWith("year") ? number * 12 : number);
        }
        try {
            Period period = Period.parse(text.strip());
            if (period.getDays() == 0 && !period.isNegative()) {
                return new RetentionPeriod((int) period.toTotalMonths());
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw new IllegalArgumentException("FIVEWHYS_RESULT_RETENTION is \"" + text
                + "\"; it takes whole months, e.g. \"13 months\", \"2 years\" or \"P13M\"");
    }

    /** "13 months", "2 years": for the page that says results were removed. */
    String display() {
        return months % 12 == 0 ? (months / 12 == 1 ? "1 year" : months / 12 + " years")
                : months == 1 ? "1 month" : months + " months";
    }
}
