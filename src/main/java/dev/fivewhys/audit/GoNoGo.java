package dev.fivewhys.audit;

import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.fix.Fix;

/**
 * Whether a fix may be deployed: its latest compliance audit must approve it (with or without conditions) and its
 * latest stability validation must say GO or CONDITIONAL GO. Only the latest of each counts, because a new audit or
 * validation replaces the judgement of the earlier one.
 */
public final class GoNoGo {

    public static final String NO_AUDIT = "No compliance audit yet";
    public static final String AUDIT_REJECTED = "Audit rejected";
    public static final String NO_STABILITY = "No stability validation yet";
    public static final String STABILITY_NO_GO = "Stability says " + Readiness.NO_GO.label;
    /** Shown when a stability validation says CONDITIONAL GO without writing the condition down. */
    public static final String UNWRITTEN_STABILITY_CONDITION = "Stability says " + Readiness.CONDITIONAL_GO.label
            + " (condition not written down)";
    /** Shown when an audit approves with conditions nobody wrote down, so the reader knows to ask. */
    public static final String UNLISTED_AUDIT_CONDITIONS = "Audit approved with conditions (none listed)";

    /**
     * The decision, ready exactly when nothing blocks it. Conditions are listed even when blocked, so the
     * page shows everything still to do.
     */
    public record Decision(boolean readyToDeploy, List<String> conditions, List<String> blockers) {

        public Decision {
            conditions = List.copyOf(conditions);
            blockers = List.copyOf(blockers);
            if (readyToDeploy != blockers.isEmpty()) {
                throw new IllegalArgumentException("Ready to deploy exactly when nothing blocks it");
            }
        }

        /** "GO", "CONDITIONAL GO" or "NO GO", in the seeds' words. */
        public Readiness verdict() {
            if (!readyToDeploy) {
                return Readiness.NO_GO;
            }
            return conditions.isEmpty() ? Readiness.GO : Readiness.CONDITIONAL_GO;
        }

        /** The blockers on one line, for the lists of fixes: one expression where a loop was three per blocker. */
        public String blockerList() {
            return String.join("; ", blockers);
        }
    }

    private GoNoGo() {
    }

    /** Whether the fix may be deployed: only its latest audit and its latest stability validation count. */
    public static Decision of(Fix fix) {
        return of(ComplianceAudit.latestFor(fix), StabilityValidation.latestFor(fix));
    }

    /** As {@link #of(Fix)}, from the fix's latest audit and stability validation (either may be null). */
    public static Decision of(ComplianceAudit audit, StabilityValidation stability) {
        return evaluate(audit == null ? null : audit.recommendation, audit == null ? List.of() : audit.conditions,
                stability == null ? null : stability.readiness, stability == null ? null : stability.notes);
    }

    /**
     * @param latestAuditRecommendation null when the fix has no audit
     * @param auditConditions the latest audit's conditions; counted only when it approves with conditions
     * @param latestReadiness null when the fix has no stability validation
     * @param stabilityNotes the latest stability validation's notes: a CONDITIONAL GO's condition as written
     */
    public static Decision evaluate(AuditRecommendation latestAuditRecommendation, List<String> auditConditions,
            Readiness latestReadiness, String stabilityNotes) {
        List<String> conditions = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        if (latestAuditRecommendation == null) {
            blockers.add(NO_AUDIT);
        } else if (latestAuditRecommendation == AuditRecommendation.REJECTED) {
            blockers.add(AUDIT_REJECTED);
        } else if (latestAuditRecommendation == AuditRecommendation.APPROVED_WITH_CONDITIONS) {
            List<String> listed = auditConditions == null ? List.of()
                    : auditConditions.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
            conditions.addAll(listed.isEmpty() ? List.of(UNLISTED_AUDIT_CONDITIONS) : listed);
        }
        if (latestReadiness == null) {
            blockers.add(NO_STABILITY);
        } else if (latestReadiness == Readiness.NO_GO) {
            blockers.add(STABILITY_NO_GO);
        } else if (latestReadiness == Readiness.CONDITIONAL_GO) {
            conditions.add(stabilityNotes == null || stabilityNotes.isBlank() ? UNWRITTEN_STABILITY_CONDITION
                    : stabilityNotes.strip());
        }
        return new Decision(blockers.isEmpty(), conditions, blockers);
    }
}
