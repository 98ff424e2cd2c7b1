package dev.fivewhys.github.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.project.Project;
import io.agroal.api.AgroalDataSource;

/**
 * Queues GitHub writes in the caller's transaction (the outbox), so a change and its sync job are
 * committed together or not at all. Repeated requests for the same record before the worker gets to
 * it collapse into one pending job.
 */
@ApplicationScoped
public class SyncJobs {

    public static final String FAILURE = "FAILURE";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;

    /** Brings the failure's issue, labels, state and record comments up to date on GitHub. */
    @Transactional(TxType.MANDATORY)
    public void syncFailure(long failureId) {
        queue(failureId, true);
    }

    /**
     * Queues the failure's sync if it is on GitHub already, or should be: its project has a repository
     * and sends failures of this severity automatically.
     */
    @Transactional(TxType.MANDATORY)
    public void syncIfMirrored(Failure failure) {
        Project project = failure.project;
        if (failure.id == null || project == null || project.githubRepository == null || project.githubRepository.isBlank()) {
            return;
        }
        queue(failure.id, project.githubAutoSeverity != null && !project.githubAutoSeverity.isWorseThan(failure.severity));
    }

    /**
     * The one outbox insert: unconditional, or only when the failure already has an issue. It may run inside
     * Hibernate's flush (see {@link MirroredOnGitHub}), so it writes through JDBC on the transaction's
     * connection, not through the session.
     */
    private void queue(long failureId, boolean unconditional) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        """
                                insert into sync_job (id, kind, target_id, idempotency_key, state, attempts, next_attempt_at, created_at, updated_at)
                                select nextval('sync_job_seq'), ?, ?, ?, 'PENDING', 0, ?, ?, ?
                                where ? or exists (select 1 from github_link where record_kind = 'failure' and record_id = ?
                                                                                  and link_kind = 'ISSUE')
                                on conflict (idempotency_key) where state = 'PENDING' do nothing
                                """)) {
            insert.setString(1, FAILURE);
            insert.setLong(2, failureId);
            insert.setString(3, FAILURE + ":" + failureId);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.setBoolean(7, unconditional);
            insert.setLong(8, failureId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue the GitHub sync of failure " + failureId, e);
        }
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
