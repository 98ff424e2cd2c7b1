package dev.fivewhys.followup;

/** What a follow-up does about the root cause, in the words incident tools use. */
public enum FollowUpKind {
    PREVENTION("Prevention"),
    DETECTION("Detection"),
    MITIGATION("Mitigation"),
    PROCESS("Process");

    public final String label;

    FollowUpKind(String label) {
        this.label = label;
    }
}
