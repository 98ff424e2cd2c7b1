package dev.fivewhys.followup;

/** Where a follow-up stands. Any status may follow any other: work gets reopened, and a "won't do" reconsidered. */
public enum FollowUpStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    WONT_DO("Won't do");

    public final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    /** Still to be done: counted as open, may become overdue. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
