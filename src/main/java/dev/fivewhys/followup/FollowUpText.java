package dev.fivewhys.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.core.Choices;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.security.User;
import dev.fivewhys.web.FormErrors;

/**
 * A follow-up as typed in the form or sent to the API: choices by name, the owner by username, the due date as
 * {@code 2025-09-30}, the fix that did it by id. Read into {@link FollowUpContent}, each problem beside its field.
 */
@Schema(name = "FollowUpWrite")
public record FollowUpText(String title, String description, String kind, String owner, String dueOn,
        String priority, String status, String statusReason, Long doneByFixId, String doneByRef, Long version) {

    public FollowUpContent content(Analysis analysis, FormErrors errors) {
        FollowUpKind k = errors.read("kind", () -> Choices.parseChosen(FollowUpKind.class, kind));
        FollowUpPriority p = errors.read("priority", () -> Choices.parseChosen(FollowUpPriority.class, priority));
        FollowUpStatus s = errors.read("status", () -> Choices.parseChosen(FollowUpStatus.class, status));
        User user = null;
        if (owner != null && !owner.isBlank()) {
            user = User.findActiveByUsername(owner.strip()).orElse(null);
            if (user == null) {
                errors.add("owner", "No active user named " + owner.strip());
            }
        }
        LocalDate due = null;
        if (dueOn != null && !dueOn.isBlank()) {
            try {
                due = LocalDate.parse(dueOn.strip());
            } catch (DateTimeParseException e) {
                errors.add("dueOn", "A date looks like 2025-09-30");
            }
        }
        Fix fix = null;
        if (doneByFixId != null) {
            fix = Fix.findById(doneByFixId);
            if (fix == null || !fix.analysis.id.equals(analysis.id)) {
                errors.add("doneByFixId", "Choose a fix of this analysis");
                fix = null;
            }
        }
        return new FollowUpContent(title, description, k, user, due, p, s, statusReason, fix, doneByRef);
    }
}
