package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;

/** Reads a system stability validation from a timeline entry: checks, risk and go/no-go. */
final class StabilityReader {

    /** "SYSTEM STABILITY VALIDATION COMPLETED". */
    private static final Pattern STABILITY_TITLE = Pattern.compile("(?i)\\bstability\\b");
    /** "LOW RISK", "HIGH-RISK". */
    private static final Pattern RISK_LEVEL = Pattern.compile("(?i)\\b(?<level>LOW|MEDIUM|HIGH)[ -]RISK\\b");

    /** Readiness words as written, and the readiness they mean; tried in this order. */
    private record ReadinessWords(Pattern words, Readiness readiness) {
    }

    /** What a line said about readiness: the readiness and the words it was read from. */
    private record Stated(Readiness readiness, String words) {
    }

    private static final List<ReadinessWords> READINESS_WORDS = List.of(
            new ReadinessWords(Pattern.compile("\\bNO[- ]GO\\b"), Readiness.NO_GO),
            new ReadinessWords(Pattern.compile("\\bCONDITIONAL[- ]GO\\b"), Readiness.CONDITIONAL_GO),
            // upper case only, as the teams write a verdict; "go" in a sentence is not one
            new ReadinessWords(Pattern.compile("\\bGO\\b"), Readiness.GO),
            // approval without the word GO: "DEPLOYMENT APPROVED", "System ready for deployment"
            new ReadinessWords(Pattern.compile(
                    "(?i)\\b(?:deployment approved|approved for deployment|ready for (?:\\w+ )?deployment)\\b"),
                    Readiness.GO));

    private StabilityReader() {
    }

    static Optional<ParsedStability> read(ParsedTimelineEntry entry) {
        if (!STABILITY_TITLE.matcher(entry.title()).find()) {
            return Optional.empty();
        }
        List<ParsedField> flat = FieldKeys.flatten(entry.fields());
        Optional<ParsedField> overall = FieldKeys.first(flat, FieldKeys.OVERALL);
        Optional<ParsedField> risk = FieldKeys.first(flat, FieldKeys.RISK);
        Optional<ParsedField> readiness = FieldKeys.first(flat, FieldKeys.READINESS);
        Optional<ParsedField> recommendation = FieldKeys.first(flat, FieldKeys.RECOMMENDATION);
        Optional<ParsedField> report = FieldKeys.first(flat, FieldKeys.REPORTS);
        Set<ParsedField> used = new HashSet<>();
        for (Optional<ParsedField> field : List.of(overall, risk, readiness, recommendation, report)) {
            field.ifPresent(used::add);
        }

        RiskLevel level = riskLevel(risk.map(ParsedField::value).orElse(null));
        if (level == null) {
            level = riskLevel(overall.map(ParsedField::value).orElse(null));
        }
        Stated ready = readiness(readiness, overall, recommendation);
        List<ParsedField> notes = new ArrayList<>();
        for (ParsedField field : entry.fields()) {
            if (field.hasKey() && field.mark() == null && field.items().isEmpty() && !used.contains(field)) {
                notes.add(field);
            }
        }
        return Optional.of(new ParsedStability(overall.map(ParsedField::value).orElse(null),
                overall.map(f -> CheckReader.percent(f.value())).orElse(null), CheckReader.read(entry.fields(), used),
                level, risk.map(ParsedField::value).orElse(null), ready == null ? null : ready.readiness(),
                ready == null ? null : ready.words(), recommendation.map(f -> LinePatterns.plain(f.value())).orElse(null),
                notes, report.map(AuditReader::path).orElse(null), entry.source()));
    }

    private static RiskLevel riskLevel(String text) {
        if (text == null) {
            return null;
        }
        Matcher level = RISK_LEVEL.matcher(text);
        return level.find() ? RiskLevel.valueOf(level.group("level").toUpperCase()) : null;
    }

    /** The readiness stated by the first of the lines that states one, or null. */
    @SafeVarargs
    private static Stated readiness(Optional<ParsedField>... lines) {
        for (Optional<ParsedField> line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String text = LinePatterns.plain(line.get().value());
            for (ReadinessWords rule : READINESS_WORDS) {
                Matcher words = rule.words().matcher(text);
                if (words.find()) {
                    return new Stated(rule.readiness(), words.group());
                }
            }
        }
        return null;
    }
}
