package dev.fivewhys.project;

import java.util.Locale;

/** How bad a failure is; taken from the priority of the phase whose suite failed, when known. */
public enum Severity {
    CRITICAL("Critical"),
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    public final String label;

    Severity(String label) {
        this.label = label;
    }

    /** "P0"/"CRITICAL" → critical, "P1"/"HIGH" → high, "P2"/"MEDIUM" → medium, "P3"… → low; else medium. */
    public static Severity fromPriority(String priority) {
        if (priority == null) {
            return MEDIUM;
        }
        return switch (priority.trim().toUpperCase(Locale.ROOT)) {
            case "P0", "CRITICAL", "BLOCKER" -> CRITICAL;
            case "P1", "HIGH" -> HIGH;
            case "P2", "MEDIUM", "MEDIUM-HIGH" -> MEDIUM;
            case "P3", "P4", "LOW" -> LOW;
            default -> MEDIUM;
        };
    }

    public boolean isWorseThan(Severity other) {
        return ordinal() < other.ordinal();
    }
}
