package dev.fivewhys.followup;

/** P0 is the most urgent, as the team's logs rank phases. */
public enum FollowUpPriority {
    P0("P0"),
    P1("P1"),
    P2("P2"),
    P3("P3");

    public final String label;

    FollowUpPriority(String label) {
        this.label = label;
    }
}
