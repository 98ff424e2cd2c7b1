package dev.fivewhys.result;

/** One stored test result as the results page lists it. */
public record ResultRow(
        long id,
        String suite,
        String className,
        String name,
        String file,
        TestStatus status,
        long durationMs,
        boolean flaky,
        String failureType,
        String message,
        Long failureId) {

    /** For the page: one look-up from the row, where {@code status.name} is two and the second reflective. */
    public String statusName() {
        return status.name();
    }

    public String duration() {
        return Durations.display(durationMs);
    }

    /** The first line of the message, short enough for a table cell. */
    public String messageLine() {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 197) + "…" : line;
    }
}
