package dev.fivewhys.audit;

import java.util.Optional;

/** What a compliance audit recommends for deployment. */
public enum AuditRecommendation {
    APPROVED("APPROVED"),
    APPROVED_WITH_CONDITIONS("APPROVED WITH CONDITIONS"),
    REJECTED("REJECTED");

    public final String label;

    AuditRecommendation(String label) {
        this.label = label;
    }

    public boolean allowsDeployment() {
        return this != REJECTED;
    }

    public static Optional<AuditRecommendation> fromLabel(String text) {
        return Labels.find(AuditRecommendation.class, recommendation -> recommendation.label, text);
    }
}
