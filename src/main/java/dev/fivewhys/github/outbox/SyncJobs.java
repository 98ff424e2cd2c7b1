package dev.fivewhys.github.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.project.Project;
import io.agroal.api.AgroalDataSource;

/**
 * Queues GitHub writes in the caller's transaction (the outbox), so a change and its sync job are committed
 * together or not at all. A record has at most one open job (waiting or failed): repeated changes before the
 * worker gets to it collapse into one, and a change to a record whose job failed revives that job rather than
 * adding a second failed one. A job being sent does not count as open, so a change made meanwhile is sent after.
 */
@ApplicationScoped
public class SyncJobs {

    public static final String FAILURE = "FAILURE";
    /** A follow-up's own issue (see {@link FollowUpSync}). */
    public static final String FOLLOW_UP = "FOLLOW_UP";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;

    /** Brings the failure's issue, labels, state and record comments up to date on GitHub. */
    @Transactional(TxType.MANDATORY)
    public void syncFailure(long failureId) {
        insert(FAILURE, failureId, true, failureId);
    }

    /** Queues the follow-up's issue when the failure it belongs to has one already: the two go to GitHub together. */
    @Transactional(TxType.MANDATORY)
    public void syncFollowUpIfMirrored(long followUpId, long failureId) {
        insert(FOLLOW_UP, followUpId, false, failureId);
    }

    /**
     * Queues the failure's sync if it is on GitHub already, or should be: its project has a repository
     * and sends failures of this severity automatically.
     */
    @Transactional(TxType.MANDATORY)
    public void syncIfMirrored(Failure failure) {
        queueIfMirrored(FAILURE, failure.id == null ? 0 : failure.id, failure);
    }

    /** Queues a job of any {@link SyncJobKind}. */
    @Transactional(TxType.MANDATORY)
    public void queue(String kind, long targetId) {
        insert(kind, targetId, true, targetId);
    }

    /**
     * Queues a job about a record shown with a failure (a fix's commit status) when the failure itself goes to
     * GitHub: its project sends failures of its severity, or it has an issue the app made (not one only named in an
     * imported log, which is never written to).
     */
    @Transactional(TxType.MANDATORY)
    public void queueIfMirrored(String kind, long targetId, Failure failure) {
        Project project = failure.project;
        if (failure.id == null || project == null || !project.mirrorsToGitHub()) {
            return;
        }
        insert(kind, targetId, project.githubAutoSeverity != null
                && !project.githubAutoSeverity.isWorseThan(failure.severity), failure.id);
    }

    /**
     * The one outbox insert: unconditional, or only when the failure {@code issueOf} already has an issue. It may run inside
     * Hibernate's flush (see {@link MirroredOnGitHub}), so it writes through JDBC on the transaction's
     * connection, not through the session. One statement, so two transactions queueing the same record at once
     * end with one open job.
     */
    private void insert(String kind, long targetId, boolean unconditional, long issueOf) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        with wanted as (select ? or exists (select 1 from github_link where record_kind = 'failure'
                                          and record_id = ? and link_kind = 'ISSUE' and not imported) as yes),
                        revived as (update sync_job set state = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?
                                    where idempotency_key = ? and state = 'FAILED' and (select yes from wanted)
                                    returning id)
                        insert into sync_job (id, kind, target_id, idempotency_key, state, attempts, next_attempt_at,
                                              created_at, updated_at)
                        select nextval('sync_job_seq'), ?, ?, ?, 'PENDING', 0, ?, ?, ?
                        where (select yes from wanted) and not exists (select 1 from revived)
                        on conflict (idempotency_key) where state in ('PENDING', 'FAILED') do nothing
                        """)) {
            String key = kind + ":" + targetId;
            int i = 0;
            insert.setBoolean(++i, unconditional);
            insert.setLong(++i, issueOf);
            insert.setTimestamp(++i, now);
            insert.setTimestamp(++i, now);
            insert.setString(++i, key);
            insert.setString(++i, kind);
            insert.setLong(++i, targetId);
            insert.setString(++i, key);
            insert.setTimestamp(++i, now);
            insert.setTimestamp(++i, now);
            insert.setTimestamp(++i, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue the GitHub sync of " + kind + " " + targetId, e);
        }
    }

    /** Puts a failed job back in the queue, due now; a cancelled one is queued again unless its record has one. */
    @Transactional
    public boolean retry(long jobId) {
        SyncJob job = SyncJob.findById(jobId);
        if (job == null) {
            return false;
        }
        if (job.state == SyncJob.State.FAILED) {
            revive(job);
            return true;
        }
        if (job.state == SyncJob.State.CANCELLED) {
            insert(job.kind, job.targetId, true, job.targetId);
            return true;
        }
        return false;
    }

    /**
     * Every failed job back in the queue, due now, with its attempts afresh. Each is its record's only open job, so
     * none can collide with another.
     */
    @Transactional
    public int retryAllFailed() {
        return SyncJob.update("state = ?1, attempts = 0, nextAttemptAt = ?2, updatedAt = ?2 where state = ?3",
                SyncJob.State.PENDING, clock.instant(), SyncJob.State.FAILED);
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

    private void revive(SyncJob job) {
        job.state = SyncJob.State.PENDING;
        job.attempts = 0;
        job.nextAttemptAt = clock.instant();
        job.updatedAt = job.nextAttemptAt;
    }
}
