package dev.fivewhys.github;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Queues GitHub writes in the caller's transaction (the outbox), so a change and its sync job are
 * committed together or not at all. Repeated requests for the same record before the worker gets to
 * it collapse into one pending job.
 */
@ApplicationScoped
public class SyncJobs {

    public static final String FAILURE = "FAILURE";

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Brings the failure's issue, labels, state and record comments up to date on GitHub. */
    @Transactional(TxType.MANDATORY)
    public void syncFailure(long failureId) {
        enqueue(FAILURE, failureId, FAILURE + ":" + failureId);
    }

    private void enqueue(String kind, long targetId, String key) {
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery(
                """
                        insert into sync_job (id, kind, target_id, idempotency_key, state, attempts, next_attempt_at, created_at, updated_at)
                        values (nextval('sync_job_seq'), ?1, ?2, ?3, 'PENDING', 0, ?4, ?4, ?4)
                        on conflict (idempotency_key) where state = 'PENDING' do nothing
                        """)
                .setParameter(1, kind).setParameter(2, targetId).setParameter(3, key).setParameter(4, now)
                .executeUpdate();
    }

    /** Puts a failed or cancelled job back in the queue, due now. */
    @Transactional
    public boolean retry(long jobId) {
        SyncJob job = SyncJob.findById(jobId);
        if (job == null || job.state == SyncJob.State.PENDING || job.state == SyncJob.State.DONE) {
            return false;
        }
        if (SyncJob.count("idempotencyKey = ?1 and state = ?2", job.idempotencyKey, SyncJob.State.PENDING) > 0) {
            return false;
        }
        Instant now = clock.instant();
        job.state = SyncJob.State.PENDING;
        job.attempts = 0;
        job.nextAttemptAt = now;
        job.updatedAt = now;
        return true;
    }

    @Transactional
    public boolean cancel(long jobId) {
        SyncJob job = SyncJob.findById(jobId);
        if (job == null || job.state != SyncJob.State.PENDING) {
            return false;
        }
        job.state = SyncJob.State.CANCELLED;
        job.updatedAt = clock.instant();
        return true;
    }
}
