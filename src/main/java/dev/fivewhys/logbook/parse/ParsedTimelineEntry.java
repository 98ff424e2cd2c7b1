package dev.fivewhys.logbook.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One entry of the session log: "### 23:20 - FIVE-WHYS BUG ANALYSIS & FIX COMPLETED" or
 * "### 2025-09-10 SESSION INITIALIZATION COMPLETED", with its body kept verbatim.
 *
 * @param heading the heading text as written (without "### ")
 * @param date null when the heading has only a time
 * @param time null when the heading has only a date
 * @param body the lines under the heading, verbatim, leading and trailing blank lines removed
 * @param fields the body read line by line
 */
public record ParsedTimelineEntry(String heading, LocalDate date, LocalTime time, String title, String body,
        List<ParsedField> fields, SourceSpan source) {

    public ParsedTimelineEntry {
        fields = List.copyOf(fields);
    }
}
