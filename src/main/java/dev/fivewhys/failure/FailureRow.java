package dev.fivewhys.failure;

import java.time.Instant;

import dev.fivewhys.project.Severity;
import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;

/**
 * A failure as the failures list shows it: read as a projection of the columns the list shows (no sample trace, no
 * entity to track), with its project's name from the same query. The list prints it as a {@link FailureLine}.
 */
public record FailureRow(long id, String failureType, String sampleMessage,
        @ProjectedFieldName("project.name") String projectName, Severity severity, FailureStatus status,
        long occurrences, int affectedTests, boolean recurring, Instant lastSeenAt) {

    public String title() {
        return Failure.titleOf(failureType, sampleMessage);
    }
}
