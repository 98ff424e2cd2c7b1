package dev.fivewhys.github.outbox;

import dev.fivewhys.github.client.GitHubGateway;

/**
 * One kind of outbox job: how to bring one target's side of GitHub up to date. A new kind of GitHub write (a commit
 * status, a check run, a follow-up issue) is a bean implementing this, whose jobs are queued with
 * {@link SyncJobs#queue(String, long)}; the worker finds it by {@link #name()} and gives it the pacing, waits,
 * retries and pauses every kind shares.
 * <p>
 * The worker calls {@link #send} outside any transaction. An implementation reads what to send in a short
 * transaction, calls GitHub outside one, and records each answer in a new short transaction; a job can be sent
 * again after a crash, so what it creates must be found again (markers) rather than created twice.
 */
public interface SyncJobKind {

    /** The job kind as stored in {@code sync_job.kind}. */
    String name();

    /**
     * @throws dev.fivewhys.github.client.GitHubCallException when GitHub did not do it
     * @throws SyncRefused when it cannot be sent as things stand (the target is gone, no repository)
     */
    void send(long targetId, GitHubGateway github);

    /** In dry-run mode: what {@link #send} would write. */
    String preview(long targetId);
}
