package dev.fivewhys.logbook.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verdict line split into its upper-case decision and the remark after it: "APPROVED FOR
 * DEPLOYMENT - architecturally sound…" → "APPROVED FOR DEPLOYMENT" + "architecturally sound…".
 *
 * @param decision null when the line does not open with upper-case words
 * @param note the rest, or null
 */
public record Decision(String decision, String note, String text) {

    /** Upper-case words (digits and "+" allowed: "CLEARED FOR 1000+ TEST MARATHON"), then an optional dash and note. */
    private static final Pattern UPPER_CASE_DECISION = Pattern
            .compile("^(?<decision>[A-Z0-9+]*[A-Z][A-Z0-9+]*(?: [A-Z0-9+]+)*)(?:\\s*[-–—:]\\s*(?<note>.*))?$");
    /** The upper-case words that open a line, before "(" or a dash: "PASS (96% …)" → PASS. */
    private static final Pattern LEADING_VERDICT = Pattern
            .compile("^(?<verdict>[A-Z]{2,}(?: [A-Z]{2,})*)(?=\\s*(?:\\(|[-–—]|$))");

    public static Decision of(String value) {
        String text = LinePatterns.plain(value);
        Matcher decision = UPPER_CASE_DECISION.matcher(text);
        if (decision.matches()) {
            String note = decision.group("note");
            return new Decision(decision.group("decision"), note == null ? null : note.strip(), text);
        }
        return new Decision(null, null, text);
    }

    /** The decision, or the whole text when there is none. */
    public String decisionOrText() {
        return decision != null ? decision : text;
    }

    static String leadingVerdict(String value) {
        Matcher verdict = LEADING_VERDICT.matcher(LinePatterns.plain(value));
        return verdict.find() ? verdict.group("verdict") : null;
    }
}
