package dev.fivewhys.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The impact page's filter: one project (null: all), and how many weeks back the trends reach. */
public record ImpactFilter(Long projectId, int weeks) {

    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 104;

    public ImpactFilter {
        weeks = weeks <= 0 ? DEFAULT_WEEKS : Math.min(weeks, MAX_WEEKS);
    }

    /** Monday 00:00 of the first week shown, in the team's zone. */
    public Instant periodStart(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        return monday.minus(weeks - 1L, ChronoUnit.WEEKS).atStartOfDay(zone).toInstant();
    }

    /** From the Monday the first week starts to now. */
    public Period period(Instant now, ZoneId zone) {
        return new Period(periodStart(now, zone), now);
    }

}
