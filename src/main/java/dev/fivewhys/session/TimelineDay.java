package dev.fivewhys.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timeline entries of one day in the app's time zone, so that a night that passes midnight reads as the logs read:
 * "23:20" under the evening's date, "00:15" under the next day's.
 */
public record TimelineDay(LocalDate date, List<SessionSheet.Entry> entries) {

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    public String heading() {
        return HEADING.format(date);
    }

    /** Entries in timeline order, grouped by the day they happened on in {@code zone}. */
    static List<TimelineDay> of(List<SessionSheet.Entry> entries, ZoneId zone) {
        List<TimelineDay> days = new ArrayList<>();
        for (SessionSheet.Entry entry : entries) {
            LocalDate date = entry.occurredAt().atZone(zone).toLocalDate();
            if (days.isEmpty() || !days.get(days.size() - 1).date().equals(date)) {
                days.add(new TimelineDay(date, new ArrayList<>()));
            }
            days.get(days.size() - 1).entries().add(entry);
        }
        return days;
    }
}
