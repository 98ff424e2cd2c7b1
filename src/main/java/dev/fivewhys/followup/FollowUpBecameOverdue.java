package dev.fivewhys.followup;

/** Fired by the daily job, inside its transaction, once per follow-up and due date. */
public record FollowUpBecameOverdue(long followUpId) {
}
