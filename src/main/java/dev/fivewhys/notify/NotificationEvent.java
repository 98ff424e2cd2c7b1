package dev.fivewhys.notify;

/** What a project's webhooks can be told about; {@link #key} is the {@code event} field of the body. */
public enum NotificationEvent {
    SESSION_NO_GO("session.no_go", "A session turns NO GO"),
    FAILURE_RECURRED("failure.recurred", "A failure comes back"),
    FOLLOW_UP_OVERDUE("follow_up.overdue", "A follow-up becomes overdue"),
    FIX_VERIFIED("fix.verified", "A fix is verified");

    public final String key;
    public final String label;

    NotificationEvent(String key, String label) {
        this.key = key;
        this.label = label;
    }
}
