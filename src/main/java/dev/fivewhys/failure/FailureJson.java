package dev.fivewhys.failure;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.fivewhys.project.Severity;

/** Failures as the JSON API shows them. */
public final class FailureJson {

    private FailureJson() {
    }

    public record Item(
            long id,
            String project,
            String title,
            @Schema(description = "The failure type and the message with ids, times and addresses masked") String signature,
            String failureType,
            Severity severity,
            FailureStatus status,
            long occurrences,
            int affectedTests,
            @Schema(description = "It came back after it was resolved") boolean recurring,
            Instant firstSeenAt,
            Instant lastSeenAt,
            String page) {

        static Item of(Failure failure) {
            return new Item(failure.id, failure.project.slug, failure.title(), failure.signature, failure.failureType,
                    failure.severity, failure.status, failure.occurrences, failure.affectedTests, failure.recurring,
                    failure.firstSeenAt, failure.lastSeenAt, "/failures/" + failure.id);
        }
    }

    public record Page(int page, int size, long total, List<Item> items) {
    }
}
