package dev.fivewhys.logbook;

/**
 * Which part of a log a kept-text timeline entry comes from, so the report writes it back there: under the title
 * (HEADER), the executive summary, the section that held the phases (PLAN), the timeline (LOG) or the success criteria
 * (CRITERIA), any other section (NOTE, placed by its time among the entries), or the notes after the last rule (FOOTER).
 */
public enum LogSection {
    HEADER(null),
    SUMMARY("EXECUTIVE SUMMARY"),
    PLAN("TEST SELECTION"),
    LOG("SESSION LOG"),
    CRITERIA("SUCCESS CRITERIA"),
    NOTE(null),
    FOOTER(null);

    /** The heading the report writes when the log had none of its own: such a heading is not kept as text. */
    public final String defaultHeading;

    LogSection(String defaultHeading) {
        this.defaultHeading = defaultHeading;
    }

    /** Whether the report writes this part with a heading of its own ("## …"). */
    public boolean hasHeading() {
        return this != HEADER && this != FOOTER;
    }
}
