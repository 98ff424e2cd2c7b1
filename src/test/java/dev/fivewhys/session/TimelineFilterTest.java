package dev.fivewhys.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The session page's timeline filters, as links made before the page renders them. */
class TimelineFilterTest {

    @Test
    void everyFilterLinksToTheSessionAndTheShownOneIsMarked() {
        assertEquals(List.of(new TimelineFilter.Link("Both", "/sessions/42?log=both", false),
                new TimelineFilter.Link("People's entries", "/sessions/42?log=people", true),
                new TimelineFilter.Link("Written by the app", "/sessions/42?log=app", false)),
                TimelineFilter.links(42, TimelineFilter.PEOPLE));
    }
}
