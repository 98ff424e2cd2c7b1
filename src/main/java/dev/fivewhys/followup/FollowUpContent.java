package dev.fivewhys.followup;

import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.fivewhys.core.Text;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.security.User;
import dev.fivewhys.web.FormErrors;

/**
 * What a follow-up says: the form, the API and the importer each produce one and hand it to {@link FollowUps}, which
 * checks it the same way for all three and compares two of them for the analysis's history.
 *
 * @param doneByRef what did it, when not (only) a fix of the app: a pull request ({@code #12}, {@code owner/repo#12}),
 *        a commit, or a link
 */
public record FollowUpContent(
        @NotBlank(message = "Say what is to be done") @Size(max = 300, message = Text.AT_MOST) String title,
        @Size(max = 20_000, message = Text.AT_MOST) String description,
        @NotNull(message = "{choose.FollowUpKind}") FollowUpKind kind,
        User owner,
        LocalDate dueOn,
        @NotNull(message = "{choose.FollowUpPriority}") FollowUpPriority priority,
        @NotNull(message = "{choose.FollowUpStatus}") FollowUpStatus status,
        @Size(max = 2_000, message = Text.AT_MOST) String statusReason,
        Fix doneByFix,
        @Size(max = 500, message = Text.AT_MOST) String doneByRef) {

    private static final Pattern PULL_REQUEST = Pattern.compile("([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?#\\d{1,9}");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,40}");
    private static final Pattern LINK = Pattern.compile("(?i)https?://\\S+");

    public FollowUpContent {
        title = Text.clean(title);
        description = Text.clean(description);
        statusReason = Text.clean(statusReason);
        doneByRef = Text.clean(doneByRef);
    }

    /** A new open prevention follow-up with only a title, as one line of a prevention strategy gives it. */
    public static FollowUpContent titled(String title) {
        return new FollowUpContent(title, null, FollowUpKind.PREVENTION, null, null, FollowUpPriority.P2,
                FollowUpStatus.OPEN, null, null, null);
    }

    public static FollowUpContent of(FollowUp f) {
        return new FollowUpContent(f.title, f.description, f.kind, f.owner, f.dueOn, f.priority, f.status,
                f.statusReason, f.doneByFix, f.doneByRef);
    }

    /** The rules Bean Validation cannot state: a reason for not doing it, what did it written so it can be found. */
    void checkRules(FormErrors errors) {
        if (status == FollowUpStatus.WONT_DO && statusReason == null) {
            errors.add("statusReason", "Say why it will not be done");
        }
        if (doneByRef != null && !PULL_REQUEST.matcher(doneByRef).matches() && !COMMIT.matcher(doneByRef).matches()
                && !LINK.matcher(doneByRef).matches()) {
            errors.add("doneByRef", "Give a pull request (#12 or owner/repo#12), a commit (7 to 40 hex digits) or a "
                    + "link starting with https://");
        }
        if (dueOn != null && (dueOn.getYear() < 2000 || dueOn.getYear() > 2999)) {
            errors.add("dueOn", "Give a due date between the years 2000 and 2999");
        }
    }

    void applyTo(FollowUp followUp) {
        followUp.title = title;
        followUp.description = description;
        followUp.kind = kind;
        followUp.owner = owner;
        followUp.dueOn = dueOn;
        followUp.priority = priority;
        followUp.status = status;
        followUp.statusReason = statusReason;
        followUp.doneByFix = doneByFix;
        followUp.doneByRef = doneByRef;
    }

    public String ownerName() {
        return owner == null ? null : owner.username;
    }
}
