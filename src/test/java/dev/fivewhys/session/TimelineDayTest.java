package dev.fivewhys.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A night that passes midnight in the app's time zone reads as the logs read it: each entry under its own day. */
class TimelineDayTest {

    @Test
    void entriesAfterMidnightInTheAppsZoneGoUnderTheNextDay() {
        // 21:20 and 22:15 UTC are 23:20 and 00:15 in Berlin (summer time), where the team works
        List<TimelineDay> days = TimelineDay.of(List.of(entry("2025-09-09T21:20:00Z", "FIVE WHYS"),
                entry("2025-09-09T22:15:00Z", "FIX DEPLOYED"), entry("2025-09-09T23:40:00Z", "CYCLE 1 COMPLETE")),
                ZoneId.of("Europe/Berlin"));
        assertEquals(List.of("Tuesday 9 September 2025: FIVE WHYS",
                "Wednesday 10 September 2025: FIX DEPLOYED, CYCLE 1 COMPLETE"),
                days.stream()
                        .map(d -> d.heading() + ": " + String.join(", ", d.entries().stream().map(SessionSheet.Entry::title)
                                .toList()))
                        .toList());
        // the same instants in UTC are one evening
        assertEquals(1, TimelineDay.of(List.of(entry("2025-09-09T21:20:00Z", "A"), entry("2025-09-09T22:15:00Z", "B")),
                ZoneId.of("UTC")).size());
    }

    private static SessionSheet.Entry entry(String at, String title) {
        return new SessionSheet.Entry(0, Instant.parse(at), title, "", null, false);
    }
}
