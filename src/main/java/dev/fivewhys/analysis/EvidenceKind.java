package dev.fivewhys.analysis;

/** What the evidence of a why is: said in words, a link, a test result, or an entry of a session's log. */
public enum EvidenceKind {
    NOTE("Note"),
    LINK("Link"),
    TEST_RESULT("Test result"),
    LOG_ENTRY("Log entry");

    public final String label;

    EvidenceKind(String label) {
        this.label = label;
    }
}
