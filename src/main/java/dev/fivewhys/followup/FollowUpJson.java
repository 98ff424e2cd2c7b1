package dev.fivewhys.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up as the API reads it. */
public record FollowUpJson(long id, String url, long analysisId, Long failureId, String title, String description,
        FollowUpKind kind, String owner, LocalDate dueOn, FollowUpPriority priority, FollowUpStatus status,
        String statusReason, Long doneByFixId, String doneByRef, String createdBy, Instant createdAt,
        Instant updatedAt, Instant closedAt, long version) {

    static FollowUpJson of(FollowUp f) {
        return new FollowUpJson(f.id, "/follow-ups/" + f.id, f.analysis.id,
                f.analysis.failure == null ? null : f.analysis.failure.id, f.title, f.description, f.kind, f.ownerName(),
                f.dueOn, f.priority, f.status, f.statusReason, f.doneByFix == null ? null : f.doneByFix.id, f.doneByRef,
                f.createdBy, f.createdAt, f.updatedAt, f.closedAt, f.version);
    }
}
