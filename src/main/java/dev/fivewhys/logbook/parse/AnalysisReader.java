package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a five-whys analysis from a timeline entry. */
final class AnalysisReader {

    /** "FIVE WHYS ANALYSIS COMPLETED", "FIVE-WHYS BUG ANALYSIS & FIX COMPLETED". */
    private static final Pattern FIVE_WHYS_TITLE = Pattern.compile("(?i)\\bfive[- ]whys?\\b");

    private AnalysisReader() {
    }

    /**
     * An entry holds an analysis when it has whys or says it is a five-whys entry; a "Root Cause
     * Identified" line in another entry is a finding of that entry, not an analysis.
     */
    static Optional<ParsedAnalysis> read(ParsedTimelineEntry entry) {
        List<ParsedField> fields = FieldKeys.flatten(entry.fields());
        List<ParsedWhy> whys = new ArrayList<>();
        for (ParsedField field : fields) {
            Matcher why = field.key() == null ? null : FieldKeys.WHY.matcher(field.key());
            if (why != null && why.matches()) {
                whys.add(new ParsedWhy(Integer.parseInt(why.group("number")), field.value(), field.source()));
            }
        }
        if (whys.isEmpty() && !FIVE_WHYS_TITLE.matcher(entry.title()).find()) {
            return Optional.empty();
        }
        return Optional.of(new ParsedAnalysis(entry.title(), value(fields, FieldKeys.PROBLEM), whys,
                value(fields, FieldKeys.ROOT_CAUSE), value(fields, FieldKeys.CATEGORY),
                value(fields, FieldKeys.FIX_IDENTIFIED), value(fields, FieldKeys.PREVENTION), entry.source()));
    }

    private static String value(List<ParsedField> fields, Pattern key) {
        return FieldKeys.first(fields, key).map(ParsedField::value).orElse(null);
    }
}
