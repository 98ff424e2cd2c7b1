package dev.fivewhys.logbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fivewhys.logbook.parse.HeaderReader;
import dev.fivewhys.logbook.parse.LogDocument;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.logbook.parse.SourceSpan;

/**
 * The text of a log's own sections (everything outside its timeline entries) that the session's fields, phases and
 * criteria do not hold as the report would write it. It is kept verbatim, one group per top-level section, so that
 * nothing of a log is lost: the title, phases, suites, criteria and rules are held by records; a header or executive
 * summary line is held only when it is exactly the line the report writes for the stored value.
 */
final class KeptText {

    static final String FOOTER_TITLE = "SESSION NOTES";

    /**
     * One kept section.
     *
     * @param line where it starts in the log, to order it among the timeline entries
     * @param body the kept lines verbatim; blank lines between them (and where held lines were) become one
     */
    record Group(int line, LogSection section, String title, String body) {
    }

    private static final int HEADER = 0;
    private static final int FOOTER = -1;
    private static final int NONE = -2;

    private final ParsedSessionLog log;
    private final LogDocument document;
    private final boolean[] consumed;
    private final int[] keys;
    private final Map<Integer, LogSection> roles = new LinkedHashMap<>();
    private final LogDocument.Heading title;

    private KeptText(ParsedSessionLog log, Set<String> heldLines) {
        this.log = log;
        this.document = LogDocument.of(log.source().text());
        this.consumed = new boolean[document.lineCount() + 1];
        this.title = document.headings().stream().filter(h -> h.level() == 1).findFirst().orElse(null);
        this.keys = keys();
        if (title != null) {
            consumed[title.line()] = true;
        }
        log.timeline().forEach(e -> consume(e.source()));
        log.plan().phases().forEach(p -> consume(p.source()));
        log.plan().criteria().forEach(c -> consume(c.source()));
        document.rules().forEach(n -> consumed[n] = true);
        for (int n = 1; n <= document.lineCount(); n++) {
            int key = keys[n];
            boolean heldHere = key == HEADER || (key > 0 && role(key) == LogSection.SUMMARY);
            if (heldHere && heldLines.contains(document.line(n).strip())) {
                consumed[n] = true;
            }
        }
    }

    /**
     * @param heldLines the lines the report writes for the values the import takes (header fields, business impact),
     *        stripped
     */
    static List<Group> groups(ParsedSessionLog log, Set<String> heldLines) {
        return new KeptText(log, heldLines).groups();
    }

    private void consume(SourceSpan span) {
        for (int n = span.firstLine(); n <= span.lastLine(); n++) {
            consumed[n] = true;
        }
    }

    private List<Group> groups() {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            int key = keys[n];
            if (key != NONE) {
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
        }
        List<Group> groups = new ArrayList<>();
        members.forEach((key, lines) -> group(key, lines).ifPresent(groups::add));
        groups.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return groups;
    }

    private Optional<Group> group(int key, List<Integer> lines) {
        String body = body(key, lines);
        if (key == HEADER || key == FOOTER) {
            if (body.isEmpty()) {
                return Optional.empty();
            }
            String heading = key == HEADER ? (title == null ? "SESSION HEADER" : title.text()) : FOOTER_TITLE;
            // The footer is ordered by its first kept line: the lines after a rule may be blank up to a later section.
            int first = lines.stream().filter(n -> !consumed[n] && !document.isBlank(n)).findFirst().orElseThrow();
            return Optional.of(new Group(key == HEADER ? 0 : first, key == HEADER ? LogSection.HEADER
                    : LogSection.FOOTER, heading, body));
        }
        LogDocument.Heading top = heading(key);
        LogSection section = role(key);
        boolean headingHeld = top.text().equals(section.defaultHeading);
        if (body.isEmpty() && headingHeld) {
            return Optional.empty();
        }
        return Optional.of(new Group(key, section, top.text(), body));
    }

    /** The kept lines of a group, the group's own heading left out (it is the entry's title). */
    private String body(int key, List<Integer> lines) {
        StringBuilder body = new StringBuilder();
        boolean gap = false;
        boolean inFence = false;
        for (int n : lines) {
            String line = document.line(n);
            if (n == key || consumed[n] || (line.isBlank() && !inFence)) {
                gap = body.length() > 0;
                continue;
            }
            if (body.length() > 0) {
                body.append(gap ? "\n\n" : "\n");
            }
            body.append(line);
            gap = false;
            if (LogDocument.FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
        }
        return body.toString().stripTrailing();
    }

    /** Which group each line belongs to: the header, the footer, or a top-level section (by its heading's line). */
    private int[] keys() {
        int[] keys = new int[document.lineCount() + 1];
        int firstHeading = document.headings().isEmpty() ? Integer.MAX_VALUE : document.headings().get(0).line();
        Set<Integer> rules = Set.copyOf(document.rules());
        Set<Integer> loose = Set.copyOf(document.looseLines());
        for (int n = 1; n <= document.lineCount(); n++) {
            keys[n] = NONE;
            if (rules.contains(n) || (title != null && n == title.line())) {
                continue;
            }
            if (n < firstHeading || (title != null && n > title.line() && n <= title.ownEnd())) {
                keys[n] = HEADER;
            } else if (loose.contains(n)) {
                keys[n] = FOOTER;
            } else {
                for (LogDocument.Heading heading : document.headings()) {
                    if (heading != title && heading.line() <= n && n <= heading.end()) {
                        keys[n] = heading.line(); // headings are in order: the first enclosing one is the outermost
                        break;
                    }
                }
            }
        }
        return keys;
    }

    private LogDocument.Heading heading(int line) {
        return document.headings().stream().filter(h -> h.line() == line).findFirst().orElseThrow();
    }

    /** What a top-level section held, which tells the report where to write it back. */
    private LogSection role(int key) {
        return roles.computeIfAbsent(key, this::findRole);
    }

    private LogSection findRole(int key) {
        LogDocument.Heading top = heading(key);
        if (log.plan().phases().stream().anyMatch(p -> within(top, p.source().firstLine()))) {
            return LogSection.PLAN;
        }
        if (log.plan().criteria().stream().anyMatch(c -> within(top, c.source().firstLine()))) {
            return LogSection.CRITERIA;
        }
        if (log.timeline().stream().anyMatch(e -> within(top, e.source().firstLine()))) {
            return LogSection.LOG;
        }
        return HeaderReader.EXECUTIVE_SUMMARY.matcher(top.text()).find() ? LogSection.SUMMARY : LogSection.NOTE;
    }

    private static boolean within(LogDocument.Heading heading, int line) {
        return line > heading.line() && line <= heading.end();
    }
}
