package dev.fivewhys.fix;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.fivewhys.analysis.Analyses;
import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.result.ResultsIngested;
import dev.fivewhys.session.TestSession;

/**
 * Results decide whether a fix worked. A merged or deployed fix is verified when a later session of the project runs
 * every test its failure hit and all of them pass; a failure that comes back afterwards undoes that.
 * Runs inside the upload's transaction (ResultsIngested is fired synchronously).
 */
@ApplicationScoped
public class FixVerification {

    // Per test of the failure: did this run pass it, and did it fail it. Keys as ResultsIngested.testKey builds them.
    private static final String TESTS_IN_RUN = """
            select count(*), count(*) filter (where t.passed > 0 and t.failing = 0)
            from (select ft.test_key,
                         count(r.id) filter (where r.status = 'PASSED') as passed,
                         count(r.id) filter (where r.status in ('FAILED', 'ERRORED')) as failing
                  from failure_test ft
                  left join test_result r on r.run_id = ?1 and r.stored_month = ?3 and coalesce(r.class_name, '') || '#' || r.name = ft.test_key
                  where ft.failure_id = ?2
                  group by ft.test_key) t
            """;

    @Inject
    EntityManager entityManager;
    @Inject
    Analyses analyses;
    @Inject
    Fixes fixes;

    void onResults(@Observes ResultsIngested event) {
        TestSession session = TestSession.findById(event.sessionId());
        if (session == null) {
            return;
        }
        // Recurrences first: a failure seen again in this run cannot also be verified by it.
        for (Long failureId : event.reopenedFailureIds()) {
            reopen(failureId, session);
        }
        Instant sessionTime = session.startedAt != null ? session.startedAt : session.createdAt;
        for (Fix fix : Fix.listAwaitingVerification(session.project.id)) {
            Failure failure = fix.analysis.failure;
            if (event.touchedFailureIds().contains(failure.id) || !sessionTime.isAfter(fix.recordedAt)) {
                continue;
            }
            Object[] counts = (Object[]) entityManager.createNativeQuery(TESTS_IN_RUN)
                    .setParameter(1, event.runId()).setParameter(2, failure.id)
                    .setParameter(3, event.storedMonth()).getSingleResult();
            long tests = ((Number) counts[0]).longValue();
            long passing = ((Number) counts[1]).longValue();
            if (tests > 0 && passing == tests) {
                fixes.verify(fix, session, null,
                        "Fix #" + fix.id + " verified: all " + tests + " of the failure's tests passed in session “"
                                + session.title + "”");
            }
        }
    }

    private void reopen(long failureId, TestSession session) {
        Failure failure = Failure.findById(failureId);
        if (failure == null) {
            return;
        }
        String note = "The failure came back in session “" + session.title + "” (#" + session.id + ")";
        for (Analysis analysis : Analysis.listForFailure(failure)) {
            analyses.reopenOnRecurrence(analysis, "Reopened: " + note);
        }
        List<Fix> verified = Fix.listVerifiedForFailure(failureId);
        for (Fix fix : verified) {
            fixes.unverify(fix, "No longer verified: " + note.substring(0, 1).toLowerCase() + note.substring(1));
        }
    }
}
