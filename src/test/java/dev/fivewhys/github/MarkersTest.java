package dev.fivewhys.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.client.Markers.Marker;

class MarkersTest {

    @Test
    void writesAHiddenHtmlComment() {
        assertEquals("<!-- fivewhys:failure:42 -->", Markers.marker("failure", 42));
        assertEquals("<!-- fivewhys:stability-validation:a1b2 -->", Markers.marker("stability-validation", "a1b2"));
    }

    @Test
    void findsTheMarkerItWrote() {
        String body = "## WebSocket 1011\n\nSeen 3 times.\n\n" + Markers.marker("failure", 42) + "\n"
                + Markers.marker("fix", 7);

        assertEquals(Optional.of(new Marker("failure", "42")), Markers.find(body));
        assertEquals("<!-- fivewhys:failure:42 -->", Markers.find(body).orElseThrow().text());
        assertTrue(Markers.carries(body, Markers.marker("fix", 7)));
        assertFalse(Markers.carries(body, Markers.marker("fix", 70)));
        assertFalse(Markers.carries(Markers.marker("fix", 70), Markers.marker("fix", 7)), "the closing --> ends the id");
    }

    @Test
    void findsNothingInAnUnmarkedBody() {
        assertEquals(Optional.empty(), Markers.find("no marker <!-- just a comment -->"));
        assertEquals(Optional.empty(), Markers.find(null));
        assertFalse(Markers.carries(null, Markers.marker("fix", 7)));
    }

    @Test
    void refusesMarkersItCouldNotFindAgain() {
        assertThrows(IllegalArgumentException.class, () -> Markers.marker("Failure", 1));
        assertThrows(IllegalArgumentException.class, () -> Markers.marker("failure", "4 2"));
        assertThrows(IllegalArgumentException.class, () -> Markers.marker("failure", "42 -->"));
        assertThrows(IllegalArgumentException.class, () -> Markers.marker("failure", null));
    }
}
