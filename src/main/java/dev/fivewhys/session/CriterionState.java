package dev.fivewhys.session;

public enum CriterionState {
    OPEN("Open"),
    MET("Met"),
    MISSED("Missed");

    public final String label;

    CriterionState(String label) {
        this.label = label;
    }
}
