package dev.fivewhys.audit;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixJson;

/** The JSON shapes of compliance audits and stability validations in the API. */
public final class AuditJson {

    private AuditJson() {
    }

    /**
     * What a client sends to record (fixId) or update (version) an audit or a stability validation: the fields of its
     * content, beside these two.
     */
    public abstract static class ReviewWrite<C> {
        public Long fixId;
        @JsonUnwrapped
        public C content;
        public Long version;
    }

    /**
     * An audit: its content's fields. A check's score is 0–100, or null to count the outcome's score (PASS 100, WARN
     * 80, FAIL 0); overrideScore null: derived from the checks.
     */
    public static class AuditWrite extends ReviewWrite<AuditContent> {
    }

    /** derivedScore from the checks, overrideScore from the auditor, overallScore the one that counts. */
    public record AuditRead(long id, long fixId, String kind, List<Check> checks, Integer derivedScore,
            Integer overrideScore, Integer overallScore, String score, String verdict,
            AuditRecommendation recommendation, List<String> conditions, String reportPath, String auditor,
            String recordedBy, Instant recordedAt, long version) {

        public static AuditRead of(ComplianceAudit audit) {
            AuditScore score = audit.score();
            return new AuditRead(audit.id, audit.fix.id, audit.kind,
                    audit.checks.stream().map(Check::of).toList(),
                    score.derived().isPresent() ? score.derived().getAsInt() : null, audit.overrideScore,
                    score.overall().isPresent() ? score.overall().getAsInt() : null, score.toString(), audit.verdict,
                    audit.recommendation, List.copyOf(audit.conditions), audit.reportPath, audit.auditor,
                    audit.recordedBy, audit.recordedAt, audit.version);
        }
    }

    /** A stability validation's check reads its note as the measurement it is. */
    public record StabilityCheckJson(String name, CheckOutcome outcome, String measurement) {
    }

    /** A stability validation: its content's fields; a check's measurement may be sent as its note. */
    public static class StabilityWrite extends ReviewWrite<StabilityContent> {
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
