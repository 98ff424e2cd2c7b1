package dev.fivewhys.logbook.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When a session started, as precise as the log says: "2025-09-10 (Continuation Session)" has no
 * time, "2025-09-09 23:05:00" has one.
 *
 * @param note the parenthesised remark after the date, or null
 * @param raw the value as written
 */
public record SessionStart(LocalDate date, LocalTime time, String note, String raw) {

    /** Date and time, or null when the log gave only a date. */
    public LocalDateTime dateTime() {
        return time == null ? null : date.atTime(time);
    }
}
