package dev.fivewhys.session;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.BadRequestException;

/** Which timeline entries the session page shows: people's own, the ones the app wrote, or both. */
public enum TimelineFilter {
    BOTH("Both"),
    PEOPLE("People's entries"),
    APP("Written by the app");

    public final String label;

    TimelineFilter(String label) {
        this.label = label;
    }

    /** From {@code ?log=people|app|both}; both when absent; 400 naming the parameter when unknown. */
    static TimelineFilter parse(String value) {
        if (value == null || value.isBlank()) {
            return BOTH;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("log: choose people, app or both");
        }
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A filter as the session page offers it: its words, its link, and whether it is the one shown. */
    public record Link(String label, String href, boolean current) {
    }

    /**
     * Every filter as a link of a session's page, the one shown marked. Made here, not in the page's loop: a name from
     * outside a loop (the session, the filter shown) costs Qute a search through every value resolver per link.
     */
    static List<Link> links(long sessionId, TimelineFilter shown) {
        return Arrays.stream(values())
                .map(f -> new Link(f.label, "/sessions/" + sessionId + "?log=" + f.param(), f == shown)).toList();
    }

    List<SessionSheet.Entry> of(List<SessionSheet.Entry> timeline) {
        return switch (this) {
            case BOTH -> timeline;
            case PEOPLE -> timeline.stream().filter(e -> !e.writtenByApp()).toList();
            case APP -> timeline.stream().filter(e -> e.writtenByApp()).toList();
        };
    }
}
