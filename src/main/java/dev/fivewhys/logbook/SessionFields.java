package dev.fivewhys.logbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.fivewhys.logbook.parse.HeaderReader;
import dev.fivewhys.logbook.parse.ParsedField;
import dev.fivewhys.logbook.parse.ParsedHeader;
import dev.fivewhys.logbook.parse.ParsedImpact;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.logbook.parse.ParsedTimelineEntry;
import dev.fivewhys.logbook.parse.SessionStart;
import dev.fivewhys.session.SessionContent;
import dev.fivewhys.session.SessionStatus;

/** Reads a session's own fields from a parsed log's header, executive summary and footer. */
final class SessionFields {

    private static final Pattern PASSED = Pattern.compile("\\b(?:PASS(?:ED)?|SUCCESS(?:FUL)?|ACCOMPLISHED|COMPLETED?|DONE)\\b");
    private static final Pattern FAILED = Pattern.compile("\\bFAIL(?:ED|ING|URES?)?\\b");
    private static final Pattern BLOCKED = Pattern.compile("\\bBLOCK(?:ED|ER|ING)?\\b");
    /** "CYCLE 1 COMPLETE", "SESSION COMPLETE", "LOOP COMPLETED". */
    private static final Pattern LOOP_DONE = Pattern.compile("\\b(?:CYCLE \\d+|SESSION|LOOP) COMPLETED?\\b");
    private static final Pattern BLOCKED_ON = Pattern.compile("\\bBLOCKED (?:ON|BY)\\b");
    private static final Pattern PLANNED = Pattern.compile("\\b(?:PLANNED|NOT STARTED|INITIALIZED)\\b");

    private SessionFields() {
    }

    static SessionContent of(ParsedSessionLog log, ZoneId zone) {
        ParsedHeader header = log.header();
        LocalDateTime start = EntryTimes.start(header);
        Instant started = start == null ? null : start.atZone(zone).toInstant();
        String target = headerValue(header, ReportLines.TARGET).or(() -> headerValue(header, "Session Target"))
                .or(() -> value(log.footer(), "Session Target")).orElse(null);
        return new SessionContent(header.title(), header.mission(), headerValue(header, ReportLines.ENVIRONMENT).orElse(null),
                status(header.currentStatus(), log.timeline()), started,
                headerValue(header, ReportLines.ENDED).map(v -> instant(HeaderReader.when(v), zone)).orElse(null), target,
                headerValue(header, ReportLines.PERFORMANCE_TARGET).orElse(null), impact(log.impact()));
    }

    /**
     * The status the log gives: a status the app wrote ("PASSED") as it says; else what the latest timeline entry that
     * ends or blocks the loop says ("ULTIMATE TEST DEPLOY LOOP CYCLE 1 COMPLETE", "BLOCKED ON STAGING DEPLOY"), which is
     * newer than the header the team wrote when the session began; else what the header's phrase means.
     */
    static SessionStatus status(String text, List<ParsedTimelineEntry> timeline) {
        String upper = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (SessionStatus status : SessionStatus.values()) {
            if (status.name().equals(upper)) {
                return status;
            }
        }
        for (int i = timeline.size() - 1; i >= 0; i--) {
            String title = timeline.get(i).title().toUpperCase(Locale.ROOT);
            if (BLOCKED_ON.matcher(title).find()) {
                return SessionStatus.BLOCKED;
            }
            if (LOOP_DONE.matcher(title).find()) {
                return SessionStatus.PASSED;
            }
        }
        return status(text);
    }

    /**
     * The status a "Current Status" line means. The report writes the status's name; a team writes a phrase, which
     * counts as running ("CONTINUING FROM …") unless it says the session passed, failed, is blocked or not yet started.
     */
    static SessionStatus status(String text) {
        if (text == null || text.isBlank()) {
            return SessionStatus.RUNNING;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        for (SessionStatus status : SessionStatus.values()) {
            if (status.name().equals(upper)) {
                return status;
            }
        }
        if (BLOCKED.matcher(upper).find()) {
            return SessionStatus.BLOCKED;
        }
        if (FAILED.matcher(upper).find()) {
            return SessionStatus.FAILED;
        }
        if (PLANNED.matcher(upper).find()) {
            return SessionStatus.PLANNED;
        }
        return PASSED.matcher(upper).find() ? SessionStatus.PASSED : SessionStatus.RUNNING;
    }

    /** A date alone means the start of that day in the team's time zone. */
    static Instant instant(SessionStart when, ZoneId zone) {
        if (when == null || when.date() == null) {
            return null;
        }
        LocalDate date = when.date();
        return (when.time() == null ? date.atStartOfDay() : date.atTime(when.time())).atZone(zone).toInstant();
    }

    private static SessionContent.Impact impact(ParsedImpact impact) {
        return impact == null ? null
                : new SessionContent.Impact(impact.amountMinor(), impact.currency(), impact.basis(), impact.note());
    }

    private static Optional<String> headerValue(ParsedHeader header, String key) {
        return value(header.fields(), key);
    }

    private static Optional<String> value(List<ParsedField> fields, String key) {
        return fields.stream().filter(f -> key.equalsIgnoreCase(f.key())).map(ParsedField::value)
                .filter(v -> !v.isBlank()).findFirst();
    }
}
