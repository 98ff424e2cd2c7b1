package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The labels the teams use for each kind of fact, as patterns on a field's key. */
public final class FieldKeys {

    /** "Why #1", "Why 2". */
    static final Pattern WHY = Pattern.compile("(?i)^why\\s*#?\\s*(?<number>\\d+)$");
    static final Pattern ROOT_CAUSE = Pattern.compile("(?i)^root cause(?: analysis| identified)?$");
    static final Pattern PROBLEM = Pattern.compile("(?i)^problem(?: statement)?$");
    static final Pattern CATEGORY = Pattern.compile("(?i)^root cause category$");
    static final Pattern FIX_IDENTIFIED = Pattern.compile("(?i)^fix identified$");
    static final Pattern PREVENTION = Pattern.compile("(?i)^prevention(?: strategy)?$");
    /** A fix that was made: "Fix Applied", "SSOT-Compliant Fix" (not "Fix Identified", a proposal). */
    static final Pattern FIX_MADE = Pattern.compile("(?i)^(?:fix (?:applied|implemented)|.*\\bfix)$");
    static final Pattern FILES_CHANGED = Pattern.compile("(?i)^files? (?:modified|changed)$");
    static final Pattern NEW_TESTS = Pattern.compile("(?i)^new tests?(?: created| added)?$");
    /** "ANALYSIS REPORTS", "COMPLIANCE REPORT", "STABILITY REPORT". */
    static final Pattern REPORTS = Pattern.compile("(?i)^(?:.*\\s)?reports?$");
    static final Pattern LABELS = Pattern.compile("(?i)^labels? applied$");
    /** "BUSINESS IMPACT", "*Business Impact*", "*Business Protection*". */
    static final Pattern BUSINESS_IMPACT = Pattern.compile("(?i)^business (?:impact|protection)$");
    /** "Overall Assessment", "SSOT Compliance Score", "System Stability Score". */
    static final Pattern OVERALL = Pattern.compile("(?i)^(?:overall (?:assessment|score)|.*\\bscore)$");
    /** "Recommendation", "Final Recommendation", "AUTHORIZATION". */
    static final Pattern RECOMMENDATION = Pattern.compile("(?i)^(?:(?:final )?recommendation|authorization)$");
    /** "Risk Assessment", "Zero Risk Assessment", "Risk Level". */
    static final Pattern RISK = Pattern.compile("(?i)^(?:.*\\s)?risk(?: assessment| level)?$");
    static final Pattern READINESS = Pattern.compile("(?i)^(?:deployment )?readiness$");

    private FieldKeys() {
    }

    public static boolean is(ParsedField field, Pattern key) {
        return field.key() != null && key.matcher(field.key()).matches();
    }

    static Optional<ParsedField> first(List<ParsedField> fields, Pattern key) {
        return fields.stream().filter(f -> is(f, key)).findFirst();
    }

    /** The fields and, after each list field, its items: one flat list in reading order. */
    public static List<ParsedField> flatten(List<ParsedField> fields) {
        List<ParsedField> flat = new ArrayList<>();
        for (ParsedField field : fields) {
            flat.add(field);
            flat.addAll(flatten(field.items()));
        }
        return flat;
    }
}
