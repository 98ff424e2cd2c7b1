package dev.fivewhys.logbook.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the session log's entries: headings that start with a time or a date. */
final class TimelineReader {

    /** "23:20 - TITLE", "2025-09-10 TITLE", "2025-09-10 23:05 - TITLE". */
    private static final Pattern STAMPED_HEADING = Pattern.compile("^(?:(?<date>\\d{4}-\\d{2}-\\d{2})"
            + "(?:[ T](?<time>\\d{1,2}:\\d{2}(?::\\d{2})?))?|(?<clock>\\d{1,2}:\\d{2}(?::\\d{2})?))"
            + "(?:\\s*[-–—:|]\\s*|\\s+)(?<title>\\S.*)$");
    /** "## SESSION EXECUTION LOG", "## SESSION LOG", "## Timeline". */
    private static final Pattern LOG_SECTION = Pattern
            .compile("(?i)\\b(?:session (?:execution )?log|execution log|timeline)\\b");

    private TimelineReader() {
    }

    static List<ParsedTimelineEntry> read(LogDocument document, LineClaims claims) {
        List<ParsedTimelineEntry> entries = new ArrayList<>();
        for (LogDocument.Heading heading : document.headings()) {
            Matcher stamp = STAMPED_HEADING.matcher(heading.text());
            if (heading.level() < 2 || !stamp.matches()) {
                continue;
            }
            ParsedTimelineEntry entry = entry(document, heading, stamp);
            if (entry != null) {
                entries.add(entry);
                claims.claim("timeline entry", heading.text(), entry.source());
            }
        }
        for (LogDocument.Heading heading : document.headings()) {
            boolean holdsEntries = entries.stream().anyMatch(e -> e.source().firstLine() > heading.line()
                    && e.source().firstLine() <= heading.end());
            if (LOG_SECTION.matcher(heading.text()).find() && holdsEntries) {
                claims.claim("section", heading.text(), SourceSpan.line(heading.line()));
            }
        }
        return entries;
    }

    private static ParsedTimelineEntry entry(LogDocument document, LogDocument.Heading heading, Matcher stamp) {
        LocalDate date;
        LocalTime time;
        try {
            date = stamp.group("date") == null ? null : LocalDate.parse(stamp.group("date"));
            String clock = stamp.group("time") != null ? stamp.group("time") : stamp.group("clock");
            time = clock == null ? null : LocalTime.parse(clock, HeaderReader.CLOCK);
        } catch (DateTimeException notAStamp) {
            return null; // "99:99 - x" is a heading like any other
        }
        SourceSpan body = document.trimmed(heading.line() + 1, heading.end());
        int last = body == null ? heading.line() : body.lastLine();
        List<ParsedField> fields = FieldReader.read(document, heading.line() + 1, last);
        return new ParsedTimelineEntry(heading.text(), date, time, stamp.group("title").strip(),
                document.text(heading.line() + 1, heading.end()), fields, new SourceSpan(heading.line(), last));
    }
}
