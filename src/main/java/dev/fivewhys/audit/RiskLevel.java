package dev.fivewhys.audit;

import java.util.Optional;

/** How risky a stability validation judges the change ("LOW RISK" in the seeds). */
public enum RiskLevel {
    LOW("LOW"),
    MEDIUM("MEDIUM"),
    HIGH("HIGH");

    public final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public static Optional<RiskLevel> fromLabel(String text) {
        return Labels.find(RiskLevel.class, risk -> risk.label, text);
    }
}
