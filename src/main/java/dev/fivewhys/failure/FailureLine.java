package dev.fivewhys.failure;

import io.quarkus.qute.TemplateData;

/**
 * One row of the failures list with its words, classes and date made once ({@link FailureList}), so the template prints each
 * with a
 * single look-up: per row, Qute's cost is the look-ups (the severity's name is two from the failure), and a flag read
 * from outside the row (the list's "flaky") is searched for in every enclosing scope.
 */
@TemplateData
public record FailureLine(long id, String title, boolean recurring, boolean flaky, String projectName, String severity,
        String severityLabel, String status, String statusLabel, long occurrences, int affectedTests, String lastSeen) {
}
