package dev.fivewhys.session;

/** A session's go/no-go changed from one verdict to another (GO, CONDITIONAL_GO, NO_GO). */
public record SessionGoNoGoChanged(long sessionId, String previous, String current) {
}
