package dev.fivewhys.followup;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.web.FormErrors;

/** The follow-up form as typed; read through {@link FollowUpText} like the API's body. */
public class FollowUpForm {

    @RestForm
    public String title;
    @RestForm
    public String description;
    @RestForm
    public String kind = FollowUpKind.PREVENTION.name();
    @RestForm
    public String owner;
    @RestForm
    public String dueOn;
    @RestForm
    public String priority = FollowUpPriority.P2.name();
    @RestForm
    public String status = FollowUpStatus.OPEN.name();
    @RestForm
    public String statusReason;
    @RestForm
    public String doneByFixId;
    @RestForm
    public String doneByRef;
    @RestForm
    public long version;

    public static FollowUpForm titled(String title) {
        FollowUpForm form = new FollowUpForm();
        form.title = title;
        return form;
    }

    public static FollowUpForm from(FollowUp f) {
        FollowUpForm form = new FollowUpForm();
        form.title = f.title;
        form.description = f.description;
        form.kind = f.kind.name();
        form.owner = f.ownerName();
        form.dueOn = f.dueOn == null ? null : f.dueOn.toString();
        form.priority = f.priority.name();
        form.status = f.status.name();
        form.statusReason = f.statusReason;
        form.doneByFixId = f.doneByFix == null ? null : f.doneByFix.id.toString();
        form.doneByRef = f.doneByRef;
        form.version = f.version;
        return form;
    }

    FollowUpContent content(Analysis analysis, FormErrors errors) {
        Long fixId = null;
        if (doneByFixId != null && !doneByFixId.isBlank()) {
            try {
                fixId = Long.valueOf(doneByFixId.strip());
            } catch (NumberFormatException e) {
                errors.add("doneByFixId", "Choose a fix of this analysis");
            }
        }
        return new FollowUpText(title, description, kind, owner, dueOn, priority, status, statusReason, fixId, doneByRef,
                version).content(analysis, errors);
    }
}
