package dev.fivewhys.audit;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixJson;

/** The JSON shapes of compliance audits and stability validations in the API. */
public final class AuditJson {

    private AuditJson() {
    }

    /** score 0–100, or null to count the outcome's score (PASS 100, WARN 80, FAIL 0). */
    public record AuditCheckJson(@NotBlank @Size(max = 200) String name, Integer score, @NotNull CheckOutcome outcome,
            @Size(max = 5000) String note) {
    }

    /** What a client sends to record (fixId) or update (version) an audit; overrideScore null: derived from checks. */
    public record AuditWrite(Long fixId,
            @NotBlank @Size(max = 60) String kind,
            List<@Valid AuditCheckJson> checks,
            Integer overrideScore,
            @Size(max = 20_000) String verdict,
            @NotNull AuditRecommendation recommendation,
            List<@Size(max = 1000) String> conditions,
            @Size(max = 1000) String reportPath,
            @Size(max = 100) String auditor,
            Long version) {
    }

    /** derivedScore from the checks, overrideScore from the auditor, overallScore the one that counts. */
    public record AuditRead(long id, long fixId, String kind, List<AuditCheckJson> checks, Integer derivedScore,
            Integer overrideScore, Integer overallScore, String score, String verdict,
            AuditRecommendation recommendation, List<String> conditions, String reportPath, String auditor,
            String recordedBy, Instant recordedAt, long version) {

        public static AuditRead of(ComplianceAudit audit) {
            AuditScore score = audit.score();
            return new AuditRead(audit.id, audit.fix.id, audit.kind,
                    audit.checks.stream().map(c -> new AuditCheckJson(c.name, c.score, c.outcome, c.note)).toList(),
                    score.derived().isPresent() ? score.derived().getAsInt() : null, audit.overrideScore,
                    score.overall().isPresent() ? score.overall().getAsInt() : null, score.toString(), audit.verdict,
                    audit.recommendation, List.copyOf(audit.conditions), audit.reportPath, audit.auditor,
                    audit.recordedBy, audit.recordedAt, audit.version);
        }
    }

    public record StabilityCheckJson(@NotBlank @Size(max = 200) String name, @NotNull CheckOutcome outcome,
            @Size(max = 300) String measurement) {
    }

    /** What a client sends to record (fixId) or update (version) a stability validation. */
    public record StabilityWrite(Long fixId,
            List<@Valid StabilityCheckJson> checks,
            @NotNull RiskLevel riskLevel,
            @NotNull Readiness readiness,
            @Size(max = 20_000) String notes,
            Long version) {
    }

    public record StabilityRead(long id, long fixId, List<StabilityCheckJson> checks, RiskLevel riskLevel,
            Readiness readiness, String notes, String recordedBy, Instant recordedAt, long version) {

        public static StabilityRead of(StabilityValidation validation) {
            return new StabilityRead(validation.id, validation.fix.id,
                    validation.checks.stream().map(c -> new StabilityCheckJson(c.name, c.outcome, c.measurement))
                            .toList(),
                    validation.riskLevel, validation.readiness, validation.notes, validation.recordedBy,
                    validation.recordedAt, validation.version);
        }
    }

    /** Go/no-go in the API: ready to deploy, its verdict, and what conditions or blocks it. */
    public record Decision(boolean readyToDeploy, Readiness verdict, List<String> conditions, List<String> blockers) {
        static Decision of(GoNoGo.Decision decision) {
            return new Decision(decision.readyToDeploy(), decision.verdict(), decision.conditions(), decision.blockers());
        }
    }

    /** What a fix's JSON says about its audits, stability validations and go/no-go. */
    @Schema(name = FixJson.Review.SCHEMA)
    public record FixReview(List<AuditRead> audits, List<StabilityRead> stabilityValidations, Decision goNoGo)
            implements
                FixJson.Review {

        static FixReview of(Fix fix) {
            return new FixReview(ComplianceAudit.listForFix(fix).stream().map(AuditRead::of).toList(),
                    StabilityValidation.listForFix(fix).stream().map(StabilityRead::of).toList(),
                    Decision.of(GoNoGo.of(fix)));
        }
    }

    /** The fix API's reviews, built here because fix sits below audit. */
    @ApplicationScoped
    static class FixReviews implements FixJson.Reviews {

        @Override
        public FixJson.Review of(Fix fix) {
            return FixReview.of(fix);
        }
    }
}
