package dev.fivewhys.logbook.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a compliance audit from a timeline entry. */
final class AuditReader {

    /** "SSOT COMPLIANCE AUDIT COMPLETED": the kind is what precedes "COMPLIANCE AUDIT". */
    private static final Pattern AUDIT_TITLE = Pattern.compile("(?i)^(?<kind>.*?)\\s*\\b(?:compliance )?audit\\b");

    private AuditReader() {
    }

    static Optional<ParsedAudit> read(ParsedTimelineEntry entry) {
        Matcher title = AUDIT_TITLE.matcher(entry.title());
        if (!title.find()) {
            return Optional.empty();
        }
        List<ParsedField> flat = FieldKeys.flatten(entry.fields());
        Optional<ParsedField> overall = FieldKeys.first(flat, FieldKeys.OVERALL);
        Optional<ParsedField> recommendation = FieldKeys.first(flat, FieldKeys.RECOMMENDATION);
        Optional<ParsedField> report = FieldKeys.first(flat, FieldKeys.REPORTS);
        Set<ParsedField> used = new HashSet<>();
        overall.ifPresent(used::add);
        recommendation.ifPresent(used::add);
        report.ifPresent(used::add);

        Decision decision = recommendation.map(f -> Decision.of(f.value())).orElse(null);
        String kind = title.group("kind").isBlank() ? null : title.group("kind").strip();
        return Optional.of(new ParsedAudit(kind, overall.map(ParsedField::value).orElse(null),
                overall.map(f -> CheckReader.percent(f.value())).orElse(null),
                overall.map(f -> Decision.leadingVerdict(f.value())).orElse(null),
                CheckReader.read(entry.fields(), used), decision == null ? null : decision.decisionOrText(),
                decision == null ? null : decision.note(), report.map(AuditReader::path).orElse(null), entry.source()));
    }

    static String path(ParsedField report) {
        String path = LinePatterns.firstCode(report.value());
        return path != null || report.items().isEmpty() ? path : LinePatterns.firstCode(report.items().get(0).value());
    }
}
