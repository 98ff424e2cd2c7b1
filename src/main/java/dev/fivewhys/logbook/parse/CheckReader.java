package dev.fivewhys.logbook.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fivewhys.audit.CheckOutcome;

/** Turns an audit's or validation's remaining lines into checks. */
public final class CheckReader {

    /** A trailing upper-case verdict: "(PASSED)", "(EXCELLENT - well below 0.01s target)". */
    private static final Pattern VERDICT = Pattern
            .compile("\\((?<verdict>[A-Z]{2,}(?: [A-Z]{2,})*)(?:\\s*[-–—,:]\\s*[^)]*)?\\)\\s*$");
    /** A check's score where its text starts: "**Secrets Handling**: 70% - tokens logged in one place". */
    static final Pattern LEADING_SCORE = Pattern.compile("^\\s*(?<value>\\d{1,3}(?:\\.\\d+)?)\\s?%");
    /** A check's own score in parentheses: "(100% compliant)". */
    public static final Pattern OWN_SCORE = Pattern.compile("\\((?<value>\\d{1,3}(?:\\.\\d+)?)\\s?%[^)]*\\)");
    /** A duration, optionally qualified: "0.0008s average", "120 ms p95". */
    private static final Pattern MEASUREMENT = Pattern.compile("(?<![\\w.])(?<value>\\d+(?:\\.\\d+)?\\s?"
            + "(?:ms|s|sec|seconds|min|minutes)\\b(?:\\s+(?:average|avg|median|mean|p\\d{2}))?)");

    private CheckReader() {
    }

    /**
     * Labelled lines with a status emoji are checks, and so are the labelled bullets of a list
     * ("CRITICAL VALIDATION RESULTS"); lines already used for something else are skipped.
     */
    static List<ParsedCheck> read(List<ParsedField> fields, Set<ParsedField> used) {
        List<ParsedCheck> checks = new ArrayList<>();
        for (ParsedField field : fields) {
            if (used.contains(field)) {
                continue;
            }
            if (!field.items().isEmpty()) {
                field.items().stream().filter(i -> i.hasKey() && !used.contains(i)).map(CheckReader::check)
                        .forEach(checks::add);
            } else if (field.hasKey() && (field.mark() != null || LEADING_SCORE.matcher(field.value()).find())) {
                checks.add(check(field));
            }
        }
        return checks;
    }

    static ParsedCheck check(ParsedField field) {
        String note = field.value();
        Matcher verdict = VERDICT.matcher(note);

        Matcher measurement = MEASUREMENT.matcher(note);
        return new ParsedCheck(field.key(), outcome(field.mark()), note,
                verdict.find() ? verdict.group("verdict") : null,
                ownScore(note),
                measurement.find() ? measurement.group("value") : null, field.source());
    }

    /** "(100% compliant)" anywhere, else a percentage the text starts with; null when neither. */
    static BigDecimal ownScore(String note) {
        Matcher own = OWN_SCORE.matcher(note);
        if (own.find()) {
            return new BigDecimal(own.group("value"));
        }
        Matcher leading = LEADING_SCORE.matcher(note);
        return leading.find() ? new BigDecimal(leading.group("value")) : null;
    }

    /** A check's result as its status emoji shows it; null when the line has none. */
    public static CheckOutcome outcome(String mark) {
        if (mark == null) {
            return null;
        }
        if (mark.startsWith("✅") || mark.startsWith("✔") || mark.startsWith("🟢")) {
            return CheckOutcome.PASS;
        }
        if (mark.startsWith("⚠") || mark.startsWith("🟡")) {
            return CheckOutcome.WARN;
        }
        if (mark.startsWith("❌") || mark.startsWith("🔴") || mark.startsWith("🚨")) {
            return CheckOutcome.FAIL;
        }
        return null;
    }

    /** The first percentage in a text, e.g. 96 in "PASS (96% compliance score)"; or null. */
    static BigDecimal percent(String text) {
        Matcher percent = LinePatterns.PERCENT.matcher(text);
        return percent.find() ? new BigDecimal(percent.group("value")) : null;
    }
}
