package dev.fivewhys.failure;

public enum FailureStatus {
    OPEN("Open"),
    ANALYSING("Analysing"),
    FIX_IN_PROGRESS("Fix in progress"),
    RESOLVED("Resolved");

    public final String label;

    FailureStatus(String label) {
        this.label = label;
    }
}
