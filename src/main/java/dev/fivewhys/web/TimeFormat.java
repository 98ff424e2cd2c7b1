package dev.fivewhys.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.fivewhys.core.FiveWhysConfig;
import io.quarkus.qute.TemplateExtension;
import io.smallrye.config.SmallRyeConfig;

/** Times are stored as instants and shown, and typed, in the team's time zone (fivewhys.time-zone). */
public final class TimeFormat {

    /** The years a typed or sent date may have: PostgreSQL and ISO 8601 agree on these without a sign. */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private TimeFormat() {
    }

    public static ZoneId zone() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(FiveWhysConfig.class).timeZone();
    }

    /** In templates: {@code {when:show(session.startedAt)}}; empty for no time. */
    @TemplateExtension(namespace = "when", matchName = "show")
    public static String display(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant.atZone(zone()));
    }

    /** In templates: {@code {when:clock(entry.occurredAt)}}, the time of day alone ("23:20"); empty for no time. */
    @TemplateExtension(namespace = "when", matchName = "clock")
    public static String timeOfDay(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant.atZone(zone()));
    }

    /** The value a {@code datetime-local} input expects. */
    public static String inputValue(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(zone()));
    }

    /** Parses what a {@code datetime-local} input sends; null for blank, exception for garbage or a far year. */
    public static Instant parseInput(String value) throws DateTimeParseException {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDateTime typed = LocalDateTime.parse(value.trim());
        if (typed.getYear() < FIRST_YEAR || typed.getYear() > LAST_YEAR) {
            throw new DateTimeParseException("The year is outside " + FIRST_YEAR + " to " + LAST_YEAR, value, 0);
        }
        return typed.atZone(zone()).toInstant();
    }
}
