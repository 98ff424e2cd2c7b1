package dev.fivewhys.github.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.fivewhys.github.client.GitHubCallException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;

/**
 * Drains the outbox one job at a time. A job is claimed with {@code FOR UPDATE SKIP LOCKED} and its
 * row stays locked while it is sent, so two copies of the app never send the same job; if the app
 * dies mid-way the lock goes with it and the job is simply due again (the markers in issue and
 * comment bodies make the retry find what was already created).
 */
@ApplicationScoped
public class SyncWorker {

    private static final Logger LOG = Logger.getLogger(SyncWorker.class);

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    FailureSync failureSync;

    private final BackoffPolicy backoff = new BackoffPolicy();

    @Scheduled(every = "${fivewhys.github.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WorkerDisabled.class)
    void poll() {
        drain(200);
    }

    /** Sends due jobs until none is left, GitHub asks us to wait, or {@code max} were sent. */
    public int drain(int max) {
        int sent = 0;
        while (sent < max && runNext()) {
            sent++;
        }
        return sent;
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    boolean runNext() {
        Instant now = clock.instant();
        if (GitHubRateLimit.blockedUntil().filter(now::isBefore).isPresent()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<SyncJob> due = em.createNativeQuery("""
                select * from sync_job where state = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at, id limit 1 for update skip locked
                """, SyncJob.class).setParameter(1, java.sql.Timestamp.from(now)).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        SyncJob job = due.get(0);
        job.attempts++;
        try {
            job.dryRunOutput = failureSync.run(job);
            job.state = SyncJob.State.DONE;
            job.lastError = null;
        } catch (GitHubCallException e) {
            handleFailure(job, e, now);
        } catch (SyncRefused e) {
            job.state = SyncJob.State.FAILED;
            job.lastError = e.getMessage();
        }
        job.updatedAt = clock.instant();
        return true;
    }

    private void handleFailure(SyncJob job, GitHubCallException e, Instant now) {
        job.lastError = e.status() == 0 ? e.getMessage() : "HTTP " + e.status() + ": " + e.getMessage();
        if (e.classification() == GitHubCallException.Classification.RATE_LIMITED) {
            // Being told to wait is not the job's fault, and every other job must wait too.
            job.attempts--;
            GitHubRateLimit.exhaustedUntil(e.retryAt().orElse(now.plus(BackoffPolicy.RATE_LIMIT_FALLBACK)), clock.instant());
        }
        Optional<Duration> delay = backoff.nextDelay(e, job.attempts, now);
        if (delay.isEmpty()) {
            job.state = SyncJob.State.FAILED;
            LOG.warnf("GitHub sync job %d (%s %d) failed for good: %s", job.id, job.kind, job.targetId, job.lastError);
        } else {
            job.nextAttemptAt = now.plus(delay.get());
        }
    }
}
