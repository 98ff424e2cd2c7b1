package dev.fivewhys.github.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import dev.fivewhys.github.client.ConfiguredGateway;
import dev.fivewhys.github.client.GitHubCallException;
import dev.fivewhys.github.client.GitHubConfig;
import dev.fivewhys.github.client.GitHubGateway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.scheduler.Scheduled;

/**
 * Drains the outbox one job at a time, and decides what GitHub's answers mean for the token and the job:
 * <ul>
 * <li>a rate limit holds every job of the token until GitHub's time (the job loses nothing);</li>
 * <li>GitHub failing (5xx, timeout, no answer) holds the token and probes it at a growing interval; the job is
 * charged an attempt only if the probe right after finds GitHub well, so an outage uses up no job's attempts, and
 * the queue drains by itself when GitHub answers again;</li>
 * <li>a refused token pauses the worker (the job loses nothing) until the token changes or an admin resumes;</li>
 * <li>a permanent refusal fails the job, with GitHub's reason.</li>
 * </ul>
 * No transaction is open while it waits or calls GitHub: a job is claimed in one short transaction (SENDING, for a
 * while, so no other copy of the app takes it), sent outside, and its outcome recorded in another. If the app dies
 * mid-way the claim runs out and the job is sent again; the markers in issue and comment bodies make that retry
 * find what was already created.
 */
@ApplicationScoped
public class SyncWorker {

    private static final Logger LOG = Logger.getLogger(SyncWorker.class);
    /** How long a claimed job stays with its worker; far longer than a job takes, short enough to recover. */
    static final Duration CLAIM = Duration.ofMinutes(15);

    private final Clock clock;
    private final ConfiguredGateway configured;
    private final GitHubConfig config;
    private final Instance<SyncJobKind> kinds;
    private final BackoffPolicy backoff = new BackoffPolicy();

    @Inject
    public SyncWorker(Clock clock, ConfiguredGateway configured, GitHubConfig config, Instance<SyncJobKind> kinds) {
        this.clock = clock;
        this.configured = configured;
        this.config = config;
        this.kinds = kinds;
    }

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

    /** @return whether a job was taken (sent or not); false when there is none due or the worker must wait */
    boolean runNext() {
        if (config.dryRun()) {
            Optional<SyncJob> claimed = claim();
            claimed.ifPresent(this::preview);
            return claimed.isPresent();
        }
        Optional<GitHubGateway> gateway = configured.gateway();
        if (gateway.isEmpty()) {
            return false; // no token: jobs wait, and the sync page says why
        }
        String token = configured.tokenKey().orElseThrow();
        if (!mayCall(gateway.get(), token)) {
            return false;
        }
        Optional<SyncJob> claimed = claim();
        claimed.ifPresent(job -> send(job, gateway.get(), token));
        return claimed.isPresent();
    }

    /** Whether the token may be used now: not paused, not held, and GitHub answering if it was failing. */
    private boolean mayCall(GitHubGateway github, String token) {
        Instant now = clock.instant();
        GitHubToken state = QuarkusTransaction.requiringNew().call(() -> GitHubToken.of(token).orElse(null));
        if (state == null) {
            return true;
        }
        if (state.paused() || state.heldAt(now)) {
            return false;
        }
        if (!state.failing()) {
            return true;
        }
        try {
            github.probe();
        } catch (GitHubCallException e) {
            failed(token, e, null);
            return false;
        }
        answered(github, token);
        return true;
    }

    private Optional<SyncJob> claim() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> SyncJob.claimNext(now, now.plus(CLAIM)));
    }

    private void preview(SyncJob job) {
        try {
            String preview = kind(job).preview(job.targetId);
            QuarkusTransaction.requiringNew().run(() -> SyncJob.done(job.id, preview, clock.instant()));
        } catch (SyncRefused e) {
            release(job, SyncJob.State.FAILED, job.attempts, clock.instant(), e.getMessage());
        }
    }

    private void send(SyncJob job, GitHubGateway github, String token) {
        try {
            kind(job).send(job.targetId, github);
            QuarkusTransaction.requiringNew().run(() -> SyncJob.done(job.id, null, clock.instant()));
            answered(github, token);
        } catch (GitHubCallException e) {
            answeredWith(e, job, github, token);
        } catch (SyncRefused e) {
            release(job, SyncJob.State.FAILED, job.attempts, clock.instant(), e.getMessage());
        } catch (RuntimeException e) {
            // Not GitHub's answer but ours (a bug, the database): the job is charged, so it cannot loop for ever.
            LOG.warnf(e, "GitHub sync job %d (%s %d) failed unexpectedly", job.id, job.kind, job.targetId);
            chargeOrFail(job, job.attempts + 1, "Unexpected error: " + e);
        }
    }

    private void answeredWith(GitHubCallException e, SyncJob job, GitHubGateway github, String token) {
        String error = e.getMessage();
        Instant now = clock.instant();
        switch (e.classification()) {
            case RATE_LIMITED -> {
                Instant until = e.retryAt().orElse(now.plus(Duration.ofMinutes(1)));
                QuarkusTransaction.requiringNew()
                        .run(() -> GitHubToken.holdUntil(token, until, "GitHub's rate limit: " + error));
                release(job, SyncJob.State.PENDING, job.attempts, job.nextAttemptAt, error);
            }
            case TRANSIENT -> {
                failed(token, e, job.id);
                // Behind the other jobs, so the next try after the probe is not this one again.
                Duration after = backoff.afterJobFailure(job.attempts + 1).orElse(BackoffPolicy.JOB_CAP);
                release(job, SyncJob.State.PENDING, job.attempts, now.plus(after), error);
            }
            case CREDENTIALS -> {
                QuarkusTransaction.requiringNew().run(() -> GitHubToken.pause(token, now, error));
                LOG.warnf("GitHub refused the token; the sync worker is paused: %s", error);
                release(job, SyncJob.State.PENDING, job.attempts, job.nextAttemptAt, error);
            }
            case PERMANENT -> {
                answered(github, token);
                LOG.warnf("GitHub sync job %d (%s %d) failed for good: %s", job.id, job.kind, job.targetId, error);
                release(job, SyncJob.State.FAILED, job.attempts + 1, now, error);
            }
        }
    }

    /** GitHub failed: the token waits for its next probe. */
    private void failed(String token, GitHubCallException e, Long job) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            int inARow = GitHubToken.failed(token, now, "GitHub is failing: " + e.getMessage(), job);
            GitHubToken.probeAfter(token, now.plus(backoff.beforeProbe(inARow)));
        });
    }

    /**
     * GitHub answered: whatever failure there was is over, and its budget is noted. A job whose failure began the
     * spell is charged now: GitHub answers others, so the failure was about that job.
     */
    private void answered(GitHubGateway github, String token) {
        Optional<Long> suspect = QuarkusTransaction.requiringNew()
                .call(() -> GitHubToken.answered(token, github.lastReportedRateLimit(), clock.instant()));
        suspect.ifPresent(id -> QuarkusTransaction.requiringNew()
                .run(() -> SyncJob.charge(id, BackoffPolicy.MAX_ATTEMPTS, clock.instant())));
    }

    private void chargeOrFail(SyncJob job, int attempts, String error) {
        Optional<Duration> delay = backoff.afterJobFailure(attempts);
        if (delay.isEmpty()) {
            LOG.warnf("GitHub sync job %d (%s %d) failed after %d attempts: %s", job.id, job.kind, job.targetId,
                    attempts, error);
        }
        release(job, delay.isPresent() ? SyncJob.State.PENDING : SyncJob.State.FAILED, attempts,
                clock.instant().plus(delay.orElse(Duration.ZERO)), error);
    }

    private void release(SyncJob job, SyncJob.State state, int attempts, Instant next, String error) {
        for (int tries = 1;; tries++) {
            try {
                QuarkusTransaction.requiringNew()
                        .run(() -> SyncJob.release(job.id, state, attempts, next, error, clock.instant()));
                return;
            } catch (PersistenceException | QuarkusTransactionException e) {
                // The record got a newer open job at this very moment: read again, and this one is cancelled.
                if (tries == 2) {
                    throw e;
                }
            }
        }
    }

    private SyncJobKind kind(SyncJob job) {
        return kinds.stream().filter(k -> k.name().equals(job.kind)).findFirst()
                .orElseThrow(() -> new SyncRefused("No sender for jobs of kind " + job.kind));
    }
}
