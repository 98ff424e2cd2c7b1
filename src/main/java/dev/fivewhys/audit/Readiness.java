package dev.fivewhys.audit;

import java.util.Optional;

/** The deployment readiness a stability validation concludes with. */
public enum Readiness {
    GO("GO"),
    CONDITIONAL_GO("CONDITIONAL GO"),
    NO_GO("NO GO");

    public final String label;

    Readiness(String label) {
        this.label = label;
    }

    public boolean allowsDeployment() {
        return this != NO_GO;
    }

    public static Optional<Readiness> fromLabel(String text) {
        return Labels.find(Readiness.class, readiness -> readiness.label, text);
    }
}
