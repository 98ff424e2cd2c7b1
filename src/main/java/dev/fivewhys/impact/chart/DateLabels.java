package dev.fivewhys.impact.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Short labels for the days of a period ("Mar 9"). Where the period crosses into another year, the first label and
 * the first of each new year carry the year ("Dec 29, 2024", "Jan 5, 2025", "Jan 12"), so no date is ambiguous.
 */
public final class DateLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private DateLabels() {
    }

    /** One label per day, in the order given (oldest first). */
    public static List<String> of(List<LocalDate> days) {
        boolean crossesYear = !days.isEmpty() && days.get(0).getYear() != days.get(days.size() - 1).getYear();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            boolean newYear = i == 0 || days.get(i).getYear() != days.get(i - 1).getYear();
            labels.add((crossesYear && newYear ? DAY_AND_YEAR : DAY).format(days.get(i)));
        }
        return labels;
    }

    /** "Dec 2, 2024 – Feb 24, 2025", "Feb 24 – Mar 17, 2025" within one year, "Mar 16, 2025" for one day. */
    public static String span(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return DAY_AND_YEAR.format(to);
        }
        return (from.getYear() == to.getYear() ? DAY : DAY_AND_YEAR).format(from) + " – " + DAY_AND_YEAR.format(to);
    }
}
