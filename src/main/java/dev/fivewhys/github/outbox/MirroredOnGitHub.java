package dev.fivewhys.github.outbox;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.followup.FollowUp;
import io.quarkus.arc.Arc;

/**
 * Saving a record that appears on its failure's GitHub issue (the failure itself, its analyses, fixes, audits,
 * stability validations and follow-ups, which also have issues of their own) queues the failure's sync job in the same
 * transaction, so no page, API or
 * background path that changes such a record can forget to. It listens to every entity, registered as the
 * default entity listener in {@code META-INF/orm.xml}, so that the records themselves need not know GitHub.
 */
public class MirroredOnGitHub {

    @PostPersist
    @PostUpdate
    void changed(Object entity) {
        Failure failure = failureShowing(entity);
        if (failure != null) {
            SyncJobs jobs = Arc.container().instance(SyncJobs.class).get();
            jobs.syncIfMirrored(failure);
            if (entity instanceof FollowUp followUp && failure.id != null) {
                jobs.syncFollowUpIfMirrored(followUp.id, failure.id);
            }
        }
        Fix fix = fixJudged(entity);
        Failure fixed = fix == null ? null : failureShowing(fix);
        if (fixed != null && fix.id != null && fix.pullRequestNumber != null) {
            // its go/no-go may have changed: the pull request's commit status follows, where the failure goes to GitHub
            Arc.container().instance(SyncJobs.class).get().queueIfMirrored(FixGoNoGoStatus.KIND, fix.id, fixed);
        }
    }

    /** The fix whose go/no-go this record is part of, or null. */
    static Fix fixJudged(Object entity) {
        if (entity instanceof Fix fix) {
            return fix;
        }
        if (entity instanceof ComplianceAudit audit) {
            return audit.fix;
        }
        if (entity instanceof StabilityValidation validation) {
            return validation.fix;
        }
        return null;
    }

    /** The failure whose issue shows this record, or null when there is none (an analysis of a session). */
    static Failure failureShowing(Object entity) {
        if (entity instanceof Failure failure) {
            return failure;
        }
        if (entity instanceof Analysis analysis) {
            return analysis.failure;
        }
        if (entity instanceof Fix fix) {
            return fix.analysis == null ? null : fix.analysis.failure;
        }
        if (entity instanceof FollowUp followUp) {
            // its line in the task list on the failure's issue
            return followUp.analysis == null ? null : followUp.analysis.failure;
        }
        if (entity instanceof ComplianceAudit audit) {
            return failureShowing(audit.fix);
        }
        if (entity instanceof StabilityValidation validation) {
            return failureShowing(validation.fix);
        }
        return null;
    }
}
