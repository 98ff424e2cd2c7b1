package dev.fivewhys.audit;

import java.time.Instant;
import java.util.Locale;

import dev.fivewhys.analysis.AnalysisStory;
import dev.fivewhys.fix.FixStory;
import dev.fivewhys.session.StoryEvent;

/** How an audit or a stability validation reads in its session's timeline, as the team's logs tell them. */
final class ReviewStory {

    static final String STABILITY_RECORDED = "SYSTEM STABILITY VALIDATION RECORDED";
    static final String STABILITY_CORRECTED = "SYSTEM STABILITY VALIDATION CORRECTED";

    private ReviewStory() {
    }

    static StoryEvent event(FixReview review, boolean corrected, String actor, Instant at) {
        String title;
        String said;
        if (review instanceof ComplianceAudit audit) {
            title = audit.kind.toUpperCase(Locale.ROOT) + " COMPLIANCE AUDIT " + (corrected ? "CORRECTED" : "RECORDED");
            String score = audit.score().overall().isPresent() ? "score " + audit.score().overall().getAsInt() + "%, "
                    : "";
            said = "Audit of " + FixStory.link(review.fix) + ": " + score + "recommendation "
                    + audit.recommendation.label + (audit.verdict == null ? "" : " (" + flat(audit.verdict) + ")") + ".";
        } else {
            StabilityValidation validation = (StabilityValidation) review;
            title = corrected ? STABILITY_CORRECTED : STABILITY_RECORDED;
            said = "Stability of " + FixStory.link(review.fix) + ": " + validation.riskLevel.label
                    + " RISK, deployment readiness " + validation.readiness.label
                    + (validation.notes == null || validation.notes.isBlank() ? "" : ": " + flat(validation.notes))
                    + ".";
        }
        String decision = GoNoGo.of(review.fix).verdict().label;
        return AnalysisStory.told(review.fix.analysis, title, said + " The fix's go/no-go is now " + decision + ".",
                actor, at);
    }

    private static String flat(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
