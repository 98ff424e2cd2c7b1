package dev.fivewhys.logbook.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the title, the fields under it and the executive summary. */
public final class HeaderReader {

    /** "EXECUTIVE SUMMARY" or "EXECUTIVE SUMMARY FROM PREVIOUS SESSION". */
    public static final Pattern EXECUTIVE_SUMMARY = Pattern.compile("(?i)\\bexecutive summary\\b");
    /** A date in the title, "… - 20250910" or "… 2025-09-10"; the last one wins. */
    private static final Pattern TITLE_DATE = Pattern
            .compile("(?<!\\d)(?<year>\\d{4})(-?)(?<month>\\d{2})\\2(?<day>\\d{2})(?!\\d)");
    /** "2025-09-09 23:05:00" or "2025-09-10 (Continuation Session)". */
    private static final Pattern START_VALUE = Pattern.compile(
            "^(?<date>\\d{4}-\\d{2}-\\d{2})(?:[ T](?<time>\\d{1,2}:\\d{2}(?::\\d{2})?))?\\s*(?:\\((?<note>[^)]*)\\))?");
    private static final Pattern STARTED_KEY = Pattern.compile("(?i)^(?:session )?start(?:ed)?(?: at)?$");
    private static final Pattern MISSION_KEY = Pattern.compile("(?i)^mission$");
    private static final Pattern STATUS_KEY = Pattern.compile("(?i)^(?:current )?status$");
    private static final Pattern PREVIOUS_KEY = Pattern.compile("(?i)^previous session (?:findings|summary)$");
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm[:ss]");

    private HeaderReader() {
    }

    static ParsedHeader read(LogDocument document, LineClaims claims) {
        Optional<LogDocument.Heading> title = document.headings().stream().filter(h -> h.level() == 1).findFirst();
        title.ifPresent(h -> claims.claim("title", h.text(), SourceSpan.line(h.line())));

        List<ParsedField> fields = new ArrayList<>();
        int firstHeading = document.headings().isEmpty() ? document.lineCount() + 1
                : document.headings().get(0).line();
        fields.addAll(labelled(FieldReader.read(document, 1, firstHeading - 1)));
        title.ifPresent(h -> fields.addAll(labelled(FieldReader.read(document, h.line() + 1, h.ownEnd()))));
        fields.forEach(f -> claims.claim("header field", f.key() + ": " + f.value(), f.source()));

        SessionStart started = find(fields, STARTED_KEY).map(HeaderReader::start).orElse(null);
        List<ParsedField> summary = executiveSummary(document, claims);
        return new ParsedHeader(title.map(LogDocument.Heading::text).orElse(null),
                title.map(h -> titleDate(h.text())).orElse(null), started,
                find(fields, MISSION_KEY).map(ParsedField::value).orElse(null),
                find(fields, STATUS_KEY).map(ParsedField::value).orElse(null),
                find(fields, PREVIOUS_KEY).map(ParsedField::value).orElse(null), fields, summary);
    }

    private static List<ParsedField> executiveSummary(LogDocument document, LineClaims claims) {
        for (LogDocument.Heading heading : document.headings()) {
            if (EXECUTIVE_SUMMARY.matcher(heading.text()).find()) {
                List<ParsedField> summary = labelled(FieldReader.read(document, heading.line() + 1, heading.ownEnd()));
                claims.claim("section", heading.text(), SourceSpan.line(heading.line()));
                summary.forEach(f -> claims.claim("executive summary", f.key() + ": " + f.value(), f.source()));
                return summary;
            }
        }
        return List.of();
    }

    private static List<ParsedField> labelled(List<ParsedField> fields) {
        return fields.stream().filter(ParsedField::hasKey).toList();
    }

    private static Optional<ParsedField> find(List<ParsedField> fields, Pattern key) {
        return fields.stream().filter(f -> key.matcher(f.key()).matches()).findFirst();
    }

    static LocalDate titleDate(String title) {
        Matcher date = TITLE_DATE.matcher(title);
        LocalDate last = null;
        while (date.find()) {
            try {
                last = LocalDate.of(Integer.parseInt(date.group("year")), Integer.parseInt(date.group("month")),
                        Integer.parseInt(date.group("day")));
            } catch (DateTimeException notADate) {
                // eight digits that are not a date, e.g. a build number
            }
        }
        return last;
    }

    private static SessionStart start(ParsedField field) {
        return when(field.value());
    }

    /** A date with an optional time and remark, as "Session Started" has it; date null when there is none. */
    public static SessionStart when(String text) {
        Matcher value = START_VALUE.matcher(text);
        if (!value.find()) {
            return new SessionStart(null, null, null, text);
        }
        try {
            LocalTime time = value.group("time") == null ? null : LocalTime.parse(value.group("time"), CLOCK);
            return new SessionStart(LocalDate.parse(value.group("date")), time, value.group("note"), text);
        } catch (DateTimeException badDate) {
            return new SessionStart(null, null, null, text);
        }
    }
}
