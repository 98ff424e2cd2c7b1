package dev.fivewhys.fix;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;

/** Recording a fix and moving it along, the same way from the pages and the API. */
@ApplicationScoped
public class Fixes {

    @Inject
    Clock clock;
    @Inject
    FixVerification verification;

    /** Saves a new fix of the analysis; its failure, if still being analysed, now has a fix in progress. */
    public void record(Analysis analysis, Fix fix, String actor) {
        Instant now = clock.instant();
        fix.analysis = analysis;
        fix.recordedBy = actor;
        fix.recordedAt = now;
        fix.updatedAt = now;
        fix.persist();
        Failure failure = analysis.failure;
        if (failure != null && (failure.status == FailureStatus.OPEN || failure.status == FailureStatus.ANALYSING)) {
            failure.status = FailureStatus.FIX_IN_PROGRESS;
            FailureEvent.record(failure, now, FailureEvent.STATUS_CHANGED, "Fix in progress: fix #" + fix.id + " recorded",
                    actor, null);
        }
    }

    /**
     * Moves the fix one step on (FixStatus). Marking it verified by hand has the same effects as a passing session.
     *
     * @throws dev.fivewhys.core.ValidationProblem when that is not the next step
     */
    public void advance(Fix fix, FixStatus target, String actor) {
        FixStatus next = fix.status.moveTo(target);
        if (next == FixStatus.VERIFIED) {
            verification.verify(fix, null, actor, "Fix #" + fix.id + " marked verified by " + actor);
        } else {
            fix.status = next;
        }
        fix.updatedAt = clock.instant();
    }
}
