package dev.fivewhys.github.outbox;

import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.audit.AuditCheck;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.StabilityCheck;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixFile;
import dev.fivewhys.fix.LineRange;
import dev.fivewhys.fix.LineRanges;
import dev.fivewhys.github.client.CheckRun;

/**
 * A fix's go/no-go as the check run {@value FixGoNoGoStatus#CONTEXT}, which a GitHub App writes beside the commit
 * status: the decision with its reasons, the latest audit's checks and score, the latest stability validation's
 * checks, a link to the fix, and an annotation on each changed line range so reviewers see it beside the diff.
 * In progress while the audit or stability validation is awaited; CONDITIONAL GO asks for action, so that branch
 * protection holds the merge as the pending commit status does.
 */
final class FixGoNoGoCheckRun {

    private FixGoNoGoCheckRun() {
    }

    /** Read inside the transaction that read the fix. */
    static CheckRun of(Fix fix, GoNoGo.Decision decision, String link) {
        Readiness verdict = decision.verdict();
        boolean awaited = verdict == Readiness.NO_GO
                && List.of(GoNoGo.NO_AUDIT, GoNoGo.NO_STABILITY).containsAll(decision.blockers());
        String headline = awaited ? "Awaiting: " + String.join("; ", decision.blockers())
                : verdict.label + reasons(decision);
        StringBuilder summary = new StringBuilder("**").append(cell(headline)).append("**\n\n");
        audit(summary, ComplianceAudit.latestFor(fix));
        stability(summary, StabilityValidation.latestFor(fix));
        summary.append("[Fix #").append(fix.id).append(": ").append(cell(fix.summary)).append("](").append(link)
                .append(")\n");
        CheckRun.Level level = verdict == Readiness.GO ? CheckRun.Level.NOTICE
                : awaited || verdict == Readiness.CONDITIONAL_GO ? CheckRun.Level.WARNING : CheckRun.Level.FAILURE;
        return new CheckRun(FixGoNoGoStatus.CONTEXT, awaited ? CheckRun.Status.IN_PROGRESS : CheckRun.Status.COMPLETED,
                awaited ? null : conclusion(verdict), link, "fix-" + fix.id, headline, summary.toString(),
                annotations(fix, level, "Changed by fix #" + fix.id + " (" + fix.summary + "): " + headline));
    }

    private static CheckRun.Conclusion conclusion(Readiness verdict) {
        return switch (verdict) {
            case GO -> CheckRun.Conclusion.SUCCESS;
            case CONDITIONAL_GO -> CheckRun.Conclusion.ACTION_REQUIRED;
            case NO_GO -> CheckRun.Conclusion.FAILURE;
        };
    }

    private static String reasons(GoNoGo.Decision decision) {
        List<String> reasons = decision.readyToDeploy() ? decision.conditions() : decision.blockers();
        return reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
    }

    private static void audit(StringBuilder out, ComplianceAudit audit) {
        out.append("### Compliance audit\n\n");
        if (audit == null) {
            out.append("No compliance audit yet.\n\n");
            return;
        }
        out.append(cell(audit.kind)).append(": **").append(audit.recommendation.label).append("**, score ")
                .append(audit.score()).append("\n\n");
        if (!audit.checks.isEmpty()) {
            out.append("| Check | Outcome | Score | Note |\n|---|---|---|---|\n");
            for (AuditCheck check : audit.checks) {
                out.append("| ").append(cell(check.name)).append(" | ")
                        .append(check.outcome == null ? "" : check.outcome.label).append(" | ")
                        .append(check.score == null ? "" : check.score + "%").append(" | ").append(cell(check.note))
                        .append(" |\n");
            }
            out.append('\n');
        }
        audit.conditions.forEach(condition -> out.append("- Condition: ").append(cell(condition)).append('\n'));
        out.append('\n');
    }

    private static void stability(StringBuilder out, StabilityValidation validation) {
        out.append("### Stability validation\n\n");
        if (validation == null) {
            out.append("No stability validation yet.\n\n");
            return;
        }
        out.append("**").append(validation.readiness.label).append("**, risk ").append(validation.riskLevel.label);
        if (validation.notes != null && !validation.notes.isBlank()) {
            out.append(": ").append(cell(validation.notes));
        }
        out.append("\n\n");
        if (!validation.checks.isEmpty()) {
            out.append("| Check | Outcome | Measurement |\n|---|---|---|\n");
            for (StabilityCheck check : validation.checks) {
                out.append("| ").append(cell(check.name)).append(" | ")
                        .append(check.outcome == null ? "" : check.outcome.label).append(" | ")
                        .append(cell(check.measurement)).append(" |\n");
            }
            out.append('\n');
        }
    }

    /** One per changed line range; a file whose lines were not recorded gets one on its first line. */
    private static List<CheckRun.Annotation> annotations(Fix fix, CheckRun.Level level, String message) {
        List<CheckRun.Annotation> annotations = new ArrayList<>();
        for (FixFile file : fix.files) {
            List<LineRange> ranges = LineRanges.parse(file.lineRanges).ranges();
            if (ranges.isEmpty()) {
                annotations.add(new CheckRun.Annotation(file.path, 1, 1, level, message + " (lines not recorded)"));
            }
            ranges.forEach(r -> annotations.add(new CheckRun.Annotation(file.path, r.from(), r.to(), level, message)));
        }
        return annotations;
    }

    /** Text from users inside one markdown line or table cell: no line breaks, no column breaks. */
    private static String cell(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").replace("|", "\\|").strip();
    }
}
