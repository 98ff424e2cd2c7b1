package dev.fivewhys.github;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.fivewhys.fix.PullRequestEvents;

/**
 * Records the pull-request events the webhook handlers fire, for tests to check; and fails, as a feature downstream
 * of a webhook might, on a pull request whose title holds the word a test chose.
 */
@ApplicationScoped
public class PullRequestSeen {

    private final List<Object> events = new CopyOnWriteArrayList<>();
    private volatile String failOn;

    /** A method, not the field: the test holds a client proxy, whose own fields are empty. */
    List<Object> events() {
        return events;
    }

    /** Pull requests whose title contains this word make the event fail; null for none. */
    void failOn(String word) {
        failOn = word;
    }

    void referenced(@Observes PullRequestEvents.Referenced event) {
        if (failOn != null && event.title().contains(failOn)) {
            throw new IllegalStateException("the fix feature could not take pull request #" + event.number());
        }
        events.add(event);
    }

    void merged(@Observes PullRequestEvents.Merged event) {
        events.add(event);
    }
}
