package dev.fivewhys.session;

public enum SessionStatus {
    PLANNED("Planned"),
    RUNNING("Running"),
    PASSED("Passed"),
    FAILED("Failed"),
    BLOCKED("Blocked");

    public final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    /** Open sessions still put their business impact at risk. */
    public boolean isOpen() {
        return this != PASSED;
    }
}
