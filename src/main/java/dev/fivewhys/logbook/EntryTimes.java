package dev.fivewhys.logbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.logbook.parse.ParsedHeader;
import dev.fivewhys.logbook.parse.ParsedTimelineEntry;
import dev.fivewhys.logbook.parse.SessionStart;

/**
 * When each timeline entry happened. An entry stamped with a time only ("### 23:20 - …") is on the day of the entry
 * before it, starting from the session's start; a time earlier than the entry before means the run went past midnight,
 * so it is the next day. A date alone is the start of that day, or the moment of the entry before on the same day.
 */
final class EntryTimes {

    private EntryTimes() {
    }

    /**
     * @param start the session's start, or null
     * @param today the day to assume when neither the log nor its entries give one
     */
    static List<Instant> of(List<ParsedTimelineEntry> timeline, LocalDateTime start, ZoneId zone, LocalDate today) {
        List<Instant> times = new ArrayList<>();
        LocalDateTime current = start;
        for (ParsedTimelineEntry entry : timeline) {
            LocalDateTime at;
            if (entry.date() != null && entry.time() != null) {
                at = entry.date().atTime(entry.time());
            } else if (entry.date() != null) {
                boolean sameDay = current != null && current.toLocalDate().equals(entry.date());
                at = sameDay ? current : entry.date().atStartOfDay();
            } else {
                LocalDate day = current != null ? current.toLocalDate() : today;
                at = day.atTime(entry.time());
                if (current != null && at.isBefore(current)) {
                    at = at.plusDays(1);
                }
            }
            times.add(at.atZone(zone).toInstant());
            current = at;
        }
        return times;
    }

    /** The session's start as the log states it (a date alone is its midnight), else the title's date; or null. */
    static LocalDateTime start(ParsedHeader header) {
        SessionStart started = header.started();
        if (started != null && started.date() != null) {
            return started.time() == null ? started.date().atStartOfDay() : started.date().atTime(started.time());
        }
        return header.titleDate() == null ? null : header.titleDate().atStartOfDay();
    }
}
