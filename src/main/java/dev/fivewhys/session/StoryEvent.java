package dev.fivewhys.session;

import java.time.Instant;

/**
 * Something happened in a session's story: fired (synchronously, inside the transaction that changed the records) by
 * the feature where it happened, so that the app writes it into the timeline and decides the session's go/no-go again,
 * without the features below knowing who listens.
 *
 * @param sessionId the session it happened in (an analysis started from it), or null to mean the sessions the failure
 *        was seen in
 * @param failureId the failure it concerns, or null
 * @param at when it happened
 * @param actor who caused it (a username, or the app's part such as "github"); may be null
 * @param title the timeline entry's title in the logs' words, e.g. "FIVE WHYS ANALYSIS COMPLETED"; null when the change
 *        is worth no entry but may change the go/no-go (e.g. a success criterion marked)
 * @param body the entry's markdown body
 */
public record StoryEvent(Long sessionId, Long failureId, Instant at, String actor, String title, String body) {

    /** Only the go/no-go needs deciding again; nothing is written to the timeline. */
    public static StoryEvent recheck(long sessionId, Instant at) {
        return new StoryEvent(sessionId, null, at, null, null, "");
    }

    public boolean hasEntry() {
        return title != null;
    }
}
