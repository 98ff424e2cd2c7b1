package dev.fivewhys.logbook;

/** Whether a fix may be deployed, as a stability validation concludes. */
public enum Readiness {
    GO,
    CONDITIONAL_GO,
    NO_GO
}
