package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fivewhys.audit.CheckOutcome;

/** Reads the numbered priority list and the success criteria; phases are {@link PhaseReader}'s. */
final class PlanReader {

    /** "### FOCUS AREAS CHOSEN:", "### Priority Test Selection for This Session:". */
    private static final Pattern FOCUS_SECTION = Pattern.compile("(?i)\\bfocus areas?\\b|\\bpriority test selection\\b");
    /** "## SUCCESS CRITERIA FOR THIS SESSION:", "### VALIDATION CRITERIA:". */
    private static final Pattern CRITERIA_SECTION = Pattern.compile("(?i)\\b(?:success|validation|acceptance) criteria\\b");
    /** "1. **Name** rest" — the rest holds the priority and a note. */
    private static final Pattern FOCUS_ITEM = Pattern
            .compile("^\\s*(?<number>\\d+)[.)]\\s+\\*\\*(?<name>[^*]+)\\*\\*\\s*(?<rest>.*?)\\s*$");
    /** "(CRITICAL - fixing the core blocker)": a priority first inside the parentheses. */
    private static final Pattern PRIORITY_IN_PARENS = Pattern
            .compile("^\\((?<priority>P[0-4]|CRITICAL|HIGH|MEDIUM|LOW)\\s*(?:[-–—:]\\s*(?<note>[^)]*?))?\\s*\\)$");
    /** "- Core business functionality (…)": a note after a dash. */
    private static final Pattern DASH_NOTE = Pattern.compile("^[-–—:]\\s*(?<note>.*)$");
    /** "[x] rest" / "[ ] rest" at the start of a bullet. */
    private static final Pattern CHECKBOX = Pattern.compile("^\\[(?<state>[ xX])\\]\\s+(?<rest>.*)$");

    private PlanReader() {
    }

    static List<ParsedFocusArea> focusAreas(LogDocument document, LineClaims claims) {
        List<ParsedFocusArea> areas = new ArrayList<>();
        for (LogDocument.Heading heading : document.headings()) {
            if (!FOCUS_SECTION.matcher(heading.text()).find()) {
                continue;
            }
            claims.claim("section", heading.text(), SourceSpan.line(heading.line()));
            for (int n = heading.line() + 1; n <= heading.ownEnd(); n++) {
                Matcher item = FOCUS_ITEM.matcher(document.line(n));
                if (item.matches()) {
                    ParsedFocusArea area = focusArea(item, n);
                    areas.add(area);
                    claims.claim("focus area", area.number() + ". " + area.name() + " [" + area.priority() + "]",
                            area.source());
                }
            }
        }
        return areas;
    }

    private static ParsedFocusArea focusArea(Matcher item, int line) {
        String name = item.group("name").strip();
        String rest = item.group("rest");
        String priority = null;
        String note = rest.isEmpty() ? null : rest;
        Matcher inParens = PRIORITY_IN_PARENS.matcher(rest);
        Matcher dash = DASH_NOTE.matcher(rest);
        if (inParens.matches()) {
            priority = inParens.group("priority");
            note = inParens.group("note");
        } else if (dash.matches()) {
            note = dash.group("note");
        }
        if (priority == null) {
            Matcher inName = LinePatterns.PRIORITY.matcher(name);
            priority = inName.find() ? inName.group("priority") : null;
        }
        return new ParsedFocusArea(Integer.parseInt(item.group("number")), name, priority, note, SourceSpan.line(line));
    }

    static List<ParsedCriterion> criteria(LogDocument document, LineClaims claims) {
        List<ParsedCriterion> criteria = new ArrayList<>();
        for (LogDocument.Heading heading : document.headings()) {
            if (!CRITERIA_SECTION.matcher(heading.text()).find()) {
                continue;
            }
            claims.claim("section", heading.text(), SourceSpan.line(heading.line()));
            for (int n = heading.line() + 1; n <= heading.ownEnd(); n++) {
                ParsedCriterion criterion = criterion(document, n);
                if (criterion != null) {
                    criteria.add(criterion);
                    claims.claim("success criterion", criterion.name() + ": " + criterion.text(), criterion.source());
                }
            }
        }
        return criteria;
    }

    /**
     * "- **Name**: text", "- [x] **Name**: text", or a table's row "| Name | text | ✅ |" (a ✅ or ❌ cell saying whether
     * it is met); a bullet without a bold name is not a criterion, nor is a table's header.
     */
    private static ParsedCriterion criterion(LogDocument document, int n) {
        String line = document.line(n);
        if (TableReader.isRow(line)) {
            return TableReader.isHeader(document, n) || TableReader.isSeparator(line) ? null : criterionRow(line, n);
        }
        Matcher bullet = LinePatterns.BULLET.matcher(line);
        if (!bullet.matches() || bullet.group("number") != null) {
            return null;
        }
        String text = bullet.group("text");
        Boolean met = null;
        Matcher checkbox = CHECKBOX.matcher(text);
        if (checkbox.matches()) {
            met = !checkbox.group("state").isBlank();
            text = checkbox.group("rest");
        }
        ParsedField field = LinePatterns.field(text, n);
        return field == null ? null : new ParsedCriterion(field.key(), field.value(), met, field.source());
    }

    private static ParsedCriterion criterionRow(String line, int n) {
        List<String> cells = TableReader.cells(line);
        Boolean met = null;
        List<String> text = new ArrayList<>();
        for (String cell : cells.subList(1, cells.size())) {
            CheckOutcome outcome = CheckReader.outcome(cell.isEmpty() ? null : cell);
            if (met == null && outcome != null && cell.codePointCount(0, cell.length()) <= 2) {
                met = outcome == CheckOutcome.PASS;
            } else if (!cell.isEmpty()) {
                text.add(cell);
            }
        }
        String name = cells.get(0).replaceAll("^[*_]+|[*_]+$", "").strip();
        return name.isEmpty() ? null : new ParsedCriterion(name, String.join(" - ", text), met, SourceSpan.line(n));
    }
}
