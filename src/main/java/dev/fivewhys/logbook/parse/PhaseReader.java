package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "Phase N: name (count)" headings and the suites listed under them. */
final class PhaseReader {

    /** "Phase 1: Infrastructure Validation (5-10 tests)". */
    private static final Pattern PHASE_HEADING = Pattern
            .compile("(?i)^phase\\s+(?<number>\\d+)\\s*[:.\\-–—]\\s*(?<name>.+?)\\s*$");
    /** "- `path` - description (25 tests)": the path leads the bullet. */
    private static final Pattern SUITE = Pattern
            .compile("^\\s*[-*+]\\s+`(?<path>[^`]+)`\\s*(?:[-–—:]\\s*(?<description>.*?))?\\s*$");
    /** "- All integration tests in `tests/e2e/integration/test_staging_*.py`": a path inside the text. */
    private static final Pattern SUITE_IN_TEXT = Pattern.compile("^\\s*[-*+]\\s+(?<text>.*`[^`]+`.*?)\\s*$");

    /** A priority stated outright, as the report writes it: "Phase 1: Name (priority: urgent)". */
    private static final Pattern STATED_PRIORITY = Pattern.compile("\\s*\\(priority:\\s*(?<priority>[^()]+?)\\s*\\)");

    /** A numbered priority in an enclosing heading: "SELECTED P0 TESTS". */
    private static final Pattern PRIORITY_LEVEL = Pattern.compile("\\bP[0-4]\\b");

    private PhaseReader() {
    }

    static List<ParsedPhase> read(LogDocument document, List<ParsedFocusArea> focusAreas, LineClaims claims) {
        List<LogDocument.Heading> headings = document.headings().stream()
                .filter(h -> PHASE_HEADING.matcher(h.text()).matches()).toList();
        // The numbered priority list names the phases in order when it has one item per phase.
        boolean listMatchesPhases = focusAreas.size() == headings.size();
        List<ParsedPhase> phases = new ArrayList<>();
        for (int k = 0; k < headings.size(); k++) {
            LogDocument.Heading heading = headings.get(k);
            Matcher title = PHASE_HEADING.matcher(heading.text());
            title.matches();
            String name = title.group("name");
            ExpectedCount expected = null;
            Matcher count = LinePatterns.COUNT.matcher(name);
            if (count.find()) {
                expected = LinePatterns.count(count);
                name = (name.substring(0, count.start()) + name.substring(count.end())).strip();
            }
            String priority = null;
            Matcher stated = STATED_PRIORITY.matcher(name);
            if (stated.find()) {
                priority = stated.group("priority");
                name = (name.substring(0, stated.start()) + name.substring(stated.end())).strip();
            } else {
                priority = firstPriority(name);
            }
            if (priority == null && listMatchesPhases) {
                priority = focusAreas.get(k).priority();
            }
            if (priority == null) {
                priority = inheritedPriority(document, heading);
            }
            List<ParsedSuite> suites = suites(document, heading, claims);
            String description = description(document, heading, claims);
            int number = Integer.parseInt(title.group("number"));
            claims.claim("phase", "Phase " + number + ": " + name, SourceSpan.line(heading.line()));
            SourceSpan span = document.trimmed(heading.line(), heading.ownEnd());
            phases.add(new ParsedPhase(number, name, priority, expected, description, suites, span));
        }
        return phases;
    }

    private static List<ParsedSuite> suites(LogDocument document, LogDocument.Heading phase, LineClaims claims) {
        List<ParsedSuite> suites = new ArrayList<>();
        for (int n = phase.line() + 1; n <= phase.ownEnd(); n++) {
            ParsedSuite suite = suite(document.line(n), n);
            if (suite != null) {
                suites.add(suite);
                claims.claim("suite", suite.path() + (suite.expected() == null ? "" : " (" + suite.expected().text() + ")"),
                        suite.source());
            }
        }
        return suites;
    }

    /** The phase's prose: its own non-blank lines that are not suites. */
    private static String description(LogDocument document, LogDocument.Heading phase, LineClaims claims) {
        List<String> lines = new ArrayList<>();
        for (int n = phase.line() + 1; n <= phase.ownEnd(); n++) {
            if (!document.isBlank(n) && suite(document.line(n), n) == null) {
                lines.add(document.line(n).strip());
                claims.claim("phase description", document.line(n).strip(), SourceSpan.line(n));
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static ParsedSuite suite(String line, int n) {
        Matcher leading = SUITE.matcher(line);
        String path;
        String description;
        if (leading.matches()) {
            path = leading.group("path");
            description = leading.group("description");
        } else {
            Matcher inText = SUITE_IN_TEXT.matcher(line);
            if (!inText.matches()) {
                return null;
            }
            description = inText.group("text");
            path = LinePatterns.firstCode(description);
        }
        ExpectedCount expected = null;
        if (description != null) {
            Matcher count = LinePatterns.COUNT.matcher(description);
            if (count.find()) {
                expected = LinePatterns.count(count);
                description = (description.substring(0, count.start()) + description.substring(count.end())).strip();
            }
        }
        return new ParsedSuite(path, description, expected, SourceSpan.line(n));
    }

    private static String firstPriority(String text) {
        Matcher priority = LinePatterns.PRIORITY.matcher(text);
        return priority.find() ? priority.group("priority") : null;
    }

    /** "### SELECTED P0 TESTS FOR IMMEDIATE EXECUTION:" gives its phases P0; the title does not count. */
    private static String inheritedPriority(LogDocument document, LogDocument.Heading phase) {
        List<LogDocument.Heading> ancestors = document.ancestors(phase.line());
        for (int k = ancestors.size() - 1; k >= 0; k--) {
            LogDocument.Heading ancestor = ancestors.get(k);
            Matcher level = PRIORITY_LEVEL.matcher(ancestor.text());
            if (ancestor.level() > 1 && level.find()) {
                return level.group();
            }
        }
        return null;
    }
}
