package dev.fivewhys.github;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.fivewhys.fix.PullRequestEvents;

/** Records the pull-request events the webhook handlers fire, for tests to check. */
@ApplicationScoped
public class PullRequestSeen {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    /** A method, not the field: the test holds a client proxy, whose own fields are empty. */
    List<Object> events() {
        return events;
    }

    void referenced(@Observes PullRequestEvents.Referenced event) {
        events.add(event);
    }

    void merged(@Observes PullRequestEvents.Merged event) {
        events.add(event);
    }
}
