package dev.fivewhys.logbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fivewhys.audit.AuditContent;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.AuditScore;
import dev.fivewhys.audit.Check;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityContent;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.fix.FixContent;
import dev.fivewhys.fix.LineRange;
import dev.fivewhys.fix.LineRanges;
import dev.fivewhys.logbook.ImportPlan.Dated;
import dev.fivewhys.logbook.parse.CheckReader;
import dev.fivewhys.logbook.parse.FieldKeys;
import dev.fivewhys.logbook.parse.ParsedAudit;
import dev.fivewhys.logbook.parse.ParsedField;
import dev.fivewhys.logbook.parse.ParsedFileChange;
import dev.fivewhys.logbook.parse.ParsedStability;
import dev.fivewhys.logbook.parse.ParsedTimelineEntry;

/**
 * Turns what the parser read of an audit, a stability validation or a fix's files into the values the records hold,
 * deciding what a log leaves unsaid (an unmarked check passed; no risk level named is MEDIUM unless the team wrote of
 * zero risk; no readiness is NO GO) and saying so in the notes.
 */
public final class RecordValues {

    private static final Pattern REJECTED = Pattern
            .compile("\\b(?:REJECT\\w*|NOT APPROVED|BLOCK\\w*|NO[- ]GO|FAIL\\w*|DENIED)\\b");
    private static final Pattern CONDITIONAL = Pattern.compile("\\bCONDITION\\w*\\b");
    private static final Pattern APPROVED = Pattern.compile("\\b(?:APPROV\\w*|CLEAR\\w*|PASS\\w*|GO|ACCEPT\\w*)\\b");
    private static final Pattern ZERO_RISK = Pattern.compile("(?i)\\b(?:zero|no) risk\\b");
    /** What a CONDITIONAL GO waits for: "SOLUTION", "Condition", "Required Action". */
    private static final Pattern CONDITION = Pattern
            .compile("(?i)^(?:solution|conditions?|requires?|required action|deploy condition)$");
    private static final Pattern CONDITIONS = Pattern.compile("(?i)^conditions?$");

    private RecordValues() {
    }

    /** A value longer than its record holds is clipped there; it stays whole in the entry's text. */
    static Dated<AuditContent> audit(ParsedAudit audit, ParsedTimelineEntry entry, Instant at, List<String> notes) {
        List<Check> checks = audit.checks().stream().map(c -> new Check(clip(c.name(), Check.NAME_MAX),
                percent(c.scorePercent()), c.outcome() == null ? CheckOutcome.PASS : c.outcome(), checkNote(c.note())))
                .toList();
        OptionalInt derived = AuditScore.derive(checks.stream().map(c -> c.outcome().scoreOr(c.score())).toList())
                .derived();
        Integer overall = percent(audit.overallScorePercent());
        // The team's own figure is kept as an override only where the checks do not add up to it.
        Integer override = overall != null && (derived.isEmpty() || derived.getAsInt() != overall) ? overall : null;
        String verdict = verdict(audit.recommendation(), audit.recommendationNote());
        AuditRecommendation recommendation = recommendation(audit.recommendation(), audit.verdict());
        if (audit.recommendation() == null && audit.verdict() == null) {
            notes.add("The audit in \"" + entry.title() + "\" states no recommendation: it is recorded as rejected.");
        }
        return new Dated<>(new AuditContent(audit.kind() == null ? "General" : audit.kind(), checks, override, verdict,
                recommendation, conditions(entry), audit.reportPath(), null), at);
    }

    /**
     * The recommendation line as the audit's verdict: "APPROVED FOR DEPLOYMENT - architecturally sound…" whole, but
     * "APPROVED - sound" is the recommendation APPROVED with the verdict "sound".
     */
    private static String verdict(String decision, String note) {
        if (decision == null) {
            return null;
        }
        if (AuditRecommendation.fromLabel(decision).isPresent()) {
            return note;
        }
        return note == null ? decision : decision + " - " + note;
    }

    /** "APPROVED FOR DEPLOYMENT", "CLEARED FOR 1000+ TEST MARATHON", or a bare PASS/FAIL; rejected when unsaid. */
    public static AuditRecommendation recommendation(String decision, String verdict) {
        String text = (decision != null ? decision : verdict == null ? "" : verdict).toUpperCase(Locale.ROOT);
        return AuditRecommendation.fromLabel(text).orElseGet(() -> REJECTED.matcher(text).find()
                ? AuditRecommendation.REJECTED
                : CONDITIONAL.matcher(text).find() ? AuditRecommendation.APPROVED_WITH_CONDITIONS
                        : APPROVED.matcher(text).find() ? AuditRecommendation.APPROVED : AuditRecommendation.REJECTED);
    }

    static Dated<StabilityContent> stability(ParsedStability stability, ParsedTimelineEntry entry, Instant at,
            List<String> notes) {
        List<Check> checks = stability.checks().stream()
                .map(c -> new Check(clip(c.name(), Check.NAME_MAX), null,
                        c.outcome() == null ? CheckOutcome.PASS : c.outcome(),
                        clip(blankToNull(c.note()), Check.MEASUREMENT_MAX)))
                .toList();
        RiskLevel risk = stability.risk();
        if (risk == null) {
            risk = ZERO_RISK.matcher(entry.body()).find() ? RiskLevel.LOW : RiskLevel.MEDIUM;
            notes.add("The stability validation in \"" + entry.title() + "\" names no LOW, MEDIUM or HIGH risk: recorded as "
                    + risk + (risk == RiskLevel.LOW ? " (it speaks of zero risk)." : "."));
        }
        Readiness readiness = stability.readiness();
        if (readiness == null) {
            readiness = Readiness.NO_GO;
            notes.add("The stability validation in \"" + entry.title() + "\" states no readiness: recorded as NO GO.");
        }
        List<String> lines = new ArrayList<>();
        List<String> condition = stability.notes().stream().filter(n -> CONDITION.matcher(n.key()).matches())
                .map(n -> n.value().strip()).filter(v -> !v.isEmpty()).toList();
        if (readiness == Readiness.CONDITIONAL_GO && !condition.isEmpty()) {
            // a CONDITIONAL GO's notes are its condition ("SOLUTION: Deploy commit 8365f3012 …"); the rest stays text
            lines.addAll(condition);
        } else {
            if (stability.recommendation() != null) {
                lines.add("Recommendation: " + stability.recommendation());
            }
            for (ParsedField note : stability.notes()) {
                lines.add("Notes".equalsIgnoreCase(note.key()) ? note.value() : note.key() + ": " + note.value());
            }
        }
        return new Dated<>(new StabilityContent(checks, risk, readiness, lines.isEmpty() ? null : String.join("\n", lines)),
                at);
    }

    static FixContent.File file(ParsedFileChange file, List<String> notes) {
        try {
            List<LineRange> ranges = file.lines().stream().map(r -> new LineRange(r.from(), r.to())).toList();
            return new FixContent.File(file.path(), new LineRanges(ranges));
        } catch (ValidationProblem badLines) {
            notes.add("The lines of " + file.path() + " were not imported: " + badLines.getMessage());
            return new FixContent.File(file.path(), LineRanges.none());
        }
    }

    /** The note after a new test names its kind ("Unit validation"); else the path says unit, e2e or integration. */
    static FixContent.NewTest test(ParsedFileChange test) {
        String kind = test.note();
        if (kind == null || kind.length() > FixContent.NewTest.KIND_MAX) {
            String path = test.path().toLowerCase(Locale.ROOT);
            kind = path.contains("unit") ? "unit"
                    : path.contains("e2e") ? "e2e"
                            : path.contains("integration") ? "integration" : "test";
        }
        return new FixContent.NewTest(test.path(), kind);
    }

    /** A check's note without its own score, which the record keeps apart: "… (100% compliant)". */
    private static String checkNote(String note) {
        Matcher score = CheckReader.OWN_SCORE.matcher(note == null ? "" : note);
        String text = score.find() ? (note.substring(0, score.start()) + note.substring(score.end())).strip() : note;
        return blankToNull(text);
    }

    private static List<String> conditions(ParsedTimelineEntry entry) {
        List<String> conditions = new ArrayList<>();
        for (ParsedField field : FieldKeys.flatten(entry.fields())) {
            if (FieldKeys.is(field, CONDITIONS)) {
                if (!field.value().isBlank()) {
                    conditions.add(field.value());
                }
                field.items().forEach(item -> conditions.add(item.value()));
            }
        }
        return conditions;
    }

    static Integer percent(BigDecimal value) {
        return value == null ? null : Math.min(100, value.setScale(0, RoundingMode.HALF_UP).intValue());
    }

    static String clip(String text, int width) {
        return text == null || text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
