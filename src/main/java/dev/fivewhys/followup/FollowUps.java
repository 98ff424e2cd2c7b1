package dev.fivewhys.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisRevision;
import dev.fivewhys.web.FormErrors;

/**
 * The one writer of follow-ups: the pages, the API, the importer and GitHub's webhooks all change them here, so each
 * change is checked alike and written into the analysis's history.
 */
@ApplicationScoped
public class FollowUps {

    @Inject
    Clock clock;
    @Inject
    Validator validator;

    /** Adds a message per field the content breaks a rule of; nothing is written. */
    public void check(FollowUpContent content, FormErrors errors) {
        errors.addAll(validator.validate(content));
        content.checkRules(errors);
    }

    /** @return the new follow-up, or null when errors were added */
    public FollowUp add(Analysis analysis, FollowUpContent content, String actor, FormErrors errors) {
        check(content, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        Instant now = clock.instant();
        FollowUp followUp = new FollowUp();
        followUp.analysis = analysis;
        followUp.createdBy = actor;
        followUp.createdAt = now;
        followUp.updatedAt = now;
        content.applyTo(followUp);
        followUp.closedAt = content.status().isOpen() ? null : now;
        followUp.persist();
        AnalysisRevision.record(analysis, now, actor, List.of(FollowUpChanges.added("Follow-up #" + followUp.id, content)));
        return followUp;
    }

    /** One open prevention follow-up per line of the analysis's prevention strategy that has none yet. */
    public List<FollowUp> addFromPrevention(Analysis analysis, String actor) {
        List<String> titles = FollowUp.listForAnalysis(analysis).stream().map(f -> f.title).toList();
        List<FollowUp> added = new ArrayList<>();
        for (String line : PreventionLines.notYetFollowedUp(analysis.preventionStrategy, titles)) {
            FollowUp followUp = add(analysis, FollowUpContent.titled(line), actor, FormErrors.none());
            if (followUp != null) {
                added.add(followUp);
            }
        }
        return added;
    }

    /** @return whether anything changed; nothing is written when errors were added */
    public boolean save(FollowUp followUp, FollowUpContent content, String actor, FormErrors errors) {
        check(content, errors);
        if (!errors.isEmpty()) {
            return false;
        }
        List<String> lines = FollowUpChanges.between("Follow-up #" + followUp.id, FollowUpContent.of(followUp), content);
        if (lines.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        if (content.status().isOpen() != followUp.status.isOpen()) {
            followUp.closedAt = content.status().isOpen() ? null : now;
        }
        if (content.dueOn() == null || !content.dueOn().equals(followUp.dueOn)) {
            // a new due date can become overdue again
            followUp.overdueNoticedOn = null;
        }
        content.applyTo(followUp);
        followUp.updatedAt = now;
        AnalysisRevision.record(followUp.analysis, now, actor, lines);
        return true;
    }

    /**
     * Done or open again because of something outside the app (its GitHub issue closed or reopened); the note says
     * what, in the analysis's history.
     *
     * @return whether the status changed
     */
    public boolean moveTo(FollowUp followUp, FollowUpStatus status, String actor, String note) {
        if (followUp.status == status || (status == FollowUpStatus.OPEN && followUp.status.isOpen())) {
            return false;
        }
        FollowUpContent before = FollowUpContent.of(followUp);
        FollowUpContent after = new FollowUpContent(before.title(), before.description(), before.kind(), before.owner(),
                before.dueOn(), before.priority(), status, status == FollowUpStatus.WONT_DO ? note : before.statusReason(),
                before.doneByFix(), before.doneByRef());
        List<String> lines = new ArrayList<>(FollowUpChanges.between("Follow-up #" + followUp.id, before, after));
        lines.add(note);
        Instant now = clock.instant();
        followUp.status = status;
        followUp.closedAt = status.isOpen() ? null : now;
        followUp.updatedAt = now;
        AnalysisRevision.record(followUp.analysis, now, actor, lines);
        return true;
    }
}
