package dev.fivewhys.logbook.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shapes of a line that the seeds use, shared by the section readers. */
final class LinePatterns {

    /**
     * A labelled line: optional bullet or number, optional status emoji, a bold key, then the rest.
     * "✅ **Label Applied**: x", "**Session Started:** 2025-09-10", "- **P1 Tests**: 100% pass rate".
     * The colon (inside or after the bold) is checked by {@link #field}.
     */
    static final Pattern BOLD_FIELD = Pattern.compile(
            "^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:(?<mark>\\p{So}\\x{FE0F}?)\\s*)?\\*\\*(?<key>[^*]+?)\\*\\*(?<rest>.*)$");

    /** An italic footer note: "*Log File*: `x.md`" or "*Session Status: INITIALIZED - …*". */
    static final Pattern ITALIC_FIELD = Pattern
            .compile("^\\s*\\*(?<key>[^*:]+?)(?:\\*:|:\\*?)\\s*(?<value>.*?)\\*?\\s*$");

    /** A line led by a status emoji: "✅ Test execution log created". */
    static final Pattern MARKED = Pattern.compile("^\\s*(?<mark>\\p{So}\\x{FE0F}?)\\s+(?<text>.+?)\\s*$");

    /** A list item: "- text", "* text", "1. text". */
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|(?<number>\\d+)[.)])\\s+(?<text>.*?)\\s*$");

    /** An inline code span, used for paths: "`tests/e2e/staging/test_x.py`". */
    static final Pattern CODE_SPAN = Pattern.compile("`(?<code>[^`]+)`");

    /** A percentage: "96%", "100 %", "99.5%". */
    static final Pattern PERCENT = Pattern.compile("(?<!\\d)(?<value>\\d{1,3}(?:\\.\\d+)?)\\s?%");

    /** Priorities as the teams write them; upper case only, so "Critical Business Flow" is a name. */
    static final Pattern PRIORITY = Pattern.compile("\\b(?<priority>P[0-4]|CRITICAL|HIGH|MEDIUM|LOW)\\b");

    /** A test count in parentheses: "(25 tests)", "(5-10 tests)", "(100+ tests)". */
    static final Pattern COUNT = Pattern
            .compile("\\((?<text>(?<min>\\d+)(?:\\s*-\\s*(?<max>\\d+))?(?<plus>\\+)?\\s*tests?)\\)");

    private LinePatterns() {
    }

    /** The line as a field, or null if it has no labelled shape (needs the colon). */
    static ParsedField field(String line, int number) {
        Matcher bold = BOLD_FIELD.matcher(line);
        if (bold.matches()) {
            String key = bold.group("key").strip();
            String rest = bold.group("rest");
            boolean colonInside = key.endsWith(":");
            boolean colonAfter = rest.startsWith(":");
            if (colonInside || colonAfter) {
                key = colonInside ? key.substring(0, key.length() - 1).strip() : key;
                String value = (colonAfter ? rest.substring(1) : rest).strip();
                return new ParsedField(bold.group("mark"), key, value, List.of(), SourceSpan.line(number));
            }
        }
        return null;
    }

    /** An italic footer field, or null. */
    static ParsedField italicField(String line, int number) {
        Matcher italic = ITALIC_FIELD.matcher(line);
        if (!italic.matches()) {
            return null;
        }
        return new ParsedField(null, italic.group("key").strip(), italic.group("value").strip(), List.of(),
                SourceSpan.line(number));
    }

    static ExpectedCount count(Matcher count) {
        int min = Integer.parseInt(count.group("min"));
        Integer max = count.group("max") != null ? Integer.valueOf(count.group("max"))
                : count.group("plus") != null ? null : Integer.valueOf(min);
        return new ExpectedCount(count.group("text"), min, max);
    }

    /** The first code span's content, or null. */
    static String firstCode(String text) {
        Matcher code = CODE_SPAN.matcher(text);
        return code.find() ? code.group("code") : null;
    }

    /** Text with bold markers and leading status emoji removed: "🟢 **CONDITIONAL GO** - x" → "CONDITIONAL GO - x". */
    static String plain(String text) {
        return text.replace("**", "").replaceFirst("^\\s*(?:\\p{So}\\x{FE0F}?\\s*)+", "").strip();
    }
}
