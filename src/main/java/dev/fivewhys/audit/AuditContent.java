package dev.fivewhys.audit;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;

import dev.fivewhys.core.Rows;
import dev.fivewhys.core.Text;
import dev.fivewhys.web.FormErrors;

/**
 * What a compliance audit says: the form, the API and the importer all produce one, and {@link Reviews} writes it.
 * overrideScore null: the score derived from the checks is the overall one. Conditions are kept stripped, blank ones
 * dropped.
 */
public record AuditContent(
        @NotBlank(message = "Say what the audit checked against, e.g. SSOT or security") @Size(max = 60, message = Text.AT_MOST) String kind,
        @Size(max = Check.MAX, message = "At most {max} checks") List<@Valid @ConvertGroup(to = Check.Noted.class) Check> checks,
        @Min(value = AuditScore.MIN, message = AuditContent.OVERRIDE) @Max(value = AuditScore.MAX, message = AuditContent.OVERRIDE) Integer overrideScore,
        @Size(max = 20_000, message = Text.AT_MOST) String verdict,
        @NotNull(message = "{choose.AuditRecommendation}") AuditRecommendation recommendation,
        List<@Size(max = 1000, message = "At most ${formatter.format('%,d', max)} characters per condition") String> conditions,
        @Size(max = 1000, message = Text.AT_MOST) String reportPath,
        @Size(max = 100, message = Text.AT_MOST) String auditor) implements ReviewContent<ComplianceAudit> {

    public static final String OVERRIDE = "A percentage from 0 to 100, or empty to use the score from the checks";

    public AuditContent {
        kind = Text.clean(kind);
        checks = checks == null ? List.of() : List.copyOf(checks);
        verdict = Text.clean(verdict);
        conditions = conditions == null ? List.of()
                : conditions.stream().map(Text::clean).filter(c -> c != null).toList();
        reportPath = Text.clean(reportPath);
        auditor = Text.clean(auditor);
    }

    public static AuditContent of(ComplianceAudit audit) {
        return new AuditContent(audit.kind, audit.checks.stream().map(Check::of).toList(), audit.overrideScore,
                audit.verdict, audit.recommendation, audit.conditions, audit.reportPath, audit.auditor);
    }

    /** Derived from the checks (a check without a score counts with its outcome's), or overridden. */
    public AuditScore score() {
        return AuditScore.ofChecks(checks.stream().map(Check::score).toList(),
                checks.stream().map(Check::outcome).toList(), overrideScore);
    }

    @Override
    public void checkRules(FormErrors errors) {
        if (recommendation == AuditRecommendation.APPROVED_WITH_CONDITIONS && conditions.isEmpty()) {
            errors.add("conditions", "List the conditions, one per line");
        }
    }

    @Override
    public void applyTo(ComplianceAudit audit) {
        audit.kind = kind;
        audit.overrideScore = overrideScore;
        audit.verdict = verdict;
        audit.recommendation = recommendation;
        audit.conditions.clear();
        audit.conditions.addAll(conditions);
        audit.reportPath = reportPath;
        audit.auditor = auditor;
        Rows.replace(audit.checks, checks, () -> {
            AuditCheck row = new AuditCheck();
            row.audit = audit;
            return row;
        }, (row, check, position) -> {
            row.position = position;
            row.name = check.name();
            row.score = check.score();
            row.outcome = check.outcome();
            row.note = check.note();
        });
    }
}
