package dev.fivewhys.failure;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import dev.fivewhys.session.TestSession;

/**
 * Failures a session's log names (an imported log has no test results, only the errors and failing tests it quotes).
 * They are grouped by the same {@link FailureSignature} as uploaded results, so a log's "1011 internal error" and a
 * JUnit result with that message are one failure: an existing one is seen again (and reopened when resolved), never
 * duplicated. Safe with several imports at once: the row is created with {@code on conflict do nothing}, then locked.
 */
@ApplicationScoped
public class LoggedFailures {

    private static final int TEST_KEY_MAX = 1000;
    /** The width of failure.failure_type. */
    private static final int TYPE_MAX = 500;

    /**
     * @param failureType as the log writes it, or null
     * @param test the failing test the log names with it, or null
     * @return the failure, created or seen again in the session
     */
    public Failure seen(TestSession session, String failureType, String message, String test, String actor,
            Instant now) {
        FailureSignature signature = FailureSignature.of(failureType, message);
        EntityManager em = Failure.getEntityManager();
        int created = em.createNativeQuery("insert into failure (id, project_id, signature_hash, signature, "
                + "failure_type, sample_message, first_seen_at, last_seen_at, occurrences, affected_tests, severity, "
                + "status, recurring, version) values (nextval('failure_seq'), ?1, ?2, ?3, cast(?4 as varchar), ?5, ?6, ?6, 0, 0, "
                + "'MEDIUM', 'OPEN', false, 0) on conflict (project_id, signature_hash) do nothing")
                .setParameter(1, session.project.id).setParameter(2, signature.hash())
                .setParameter(3, signature.text()).setParameter(4, typeOrNull(failureType))
                .setParameter(5, message).setParameter(6, now).executeUpdate();
        Failure failure = Failure.find("project = ?1 and signatureHash = ?2", session.project, signature.hash())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        failure.occurrences++;
        failure.lastSeenAt = now.isAfter(failure.lastSeenAt) ? now : failure.lastSeenAt;
        if (created == 1) {
            FailureEvent.record(failure, now, FailureEvent.FIRST_SEEN, "Named in the log of this session", actor,
                    session);
        } else if (failure.status == FailureStatus.RESOLVED) {
            failure.reopen();
            FailureEvent.record(failure, now, FailureEvent.REOPENED, "Named again in the log of this session", actor,
                    session);
        }
        em.createNativeQuery("insert into failure_occurrence (failure_id, session_id, occurrences, first_seen_at, "
                + "last_seen_at) values (?1, ?2, 1, ?3, ?3) on conflict (failure_id, session_id) do update set "
                + "occurrences = failure_occurrence.occurrences + 1, last_seen_at = "
                + "greatest(failure_occurrence.last_seen_at, excluded.last_seen_at)")
                .setParameter(1, failure.id).setParameter(2, session.id).setParameter(3, now).executeUpdate();
        if (test != null && !test.isBlank()) {
            String key = test.length() > TEST_KEY_MAX ? test.substring(0, TEST_KEY_MAX) : test;
            em.createNativeQuery("insert into failure_test (failure_id, test_key, file, occurrences, last_seen_at) "
                    + "values (?1, ?2, cast(?3 as varchar), 1, ?4) on conflict (failure_id, test_key) do update set occurrences = "
                    + "failure_test.occurrences + 1, last_seen_at = greatest(failure_test.last_seen_at, "
                    + "excluded.last_seen_at)")
                    .setParameter(1, failure.id).setParameter(2, key)
                    .setParameter(3, key.contains("::") ? key.substring(0, key.indexOf("::")) : null)
                    .setParameter(4, now).executeUpdate();
            failure.affectedTests = (int) FailureTest.count("failureId", failure.id);
        }
        return failure;
    }

    private static String typeOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String type = text.strip();
        return type.length() > TYPE_MAX ? type.substring(0, TYPE_MAX) : type;
    }
}
