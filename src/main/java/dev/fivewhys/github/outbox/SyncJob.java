package dev.fivewhys.github.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;

/** One pending GitHub write of the outbox: written with the change it mirrors, drained by {@link SyncWorker}. */
@Entity
@Table(name = "sync_job")
public class SyncJob extends PanacheEntity {

    public enum State {
        PENDING,
        /** A worker is sending it, outside any transaction, until {@code claimedUntil}. */
        SENDING,
        DONE,
        FAILED,
        CANCELLED
    }

    /** Which {@link SyncJobKind} sends it: {@code FAILURE} brings a failure's issue and all its comments. */
    public String kind;
    @Column(name = "target_id")
    public long targetId;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Enumerated(EnumType.STRING)
    public State state = State.PENDING;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    /** In dry-run mode: what would have been sent. */
    @Column(name = "dry_run_output")
    public String dryRunOutput;
    /** While SENDING: if the worker has not finished by then (it died), another may take the job again. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<SyncJob> listInState(State state, int limit) {
        return find("state = ?1 order by updatedAt desc, id desc", state).page(Page.ofSize(limit)).list();
    }

    public static long countInState(State state) {
        return count("state", state);
    }

    /**
     * Takes the next due job, or one whose worker died while sending it, for sending until {@code claimedUntil}. The
     * caller commits at once and sends outside the transaction.
     */
    static Optional<SyncJob> claimNext(Instant now, Instant claimedUntil) {
        @SuppressWarnings("unchecked")
        List<SyncJob> due = getEntityManager().createNativeQuery("""
                select * from sync_job where (state = 'PENDING' and next_attempt_at <= ?1)
                                          or (state = 'SENDING' and claimed_until <= ?1)
                order by next_attempt_at, id limit 1 for update skip locked
                """, SyncJob.class).setParameter(1, Timestamp.from(now)).getResultList();
        due.forEach(job -> {
            job.state = State.SENDING;
            job.claimedUntil = claimedUntil;
        });
        return due.stream().findFirst();
    }

    static void done(long id, String dryRunOutput, Instant now) {
        update("state = ?1, lastError = null, dryRunOutput = ?2, claimedUntil = null, updatedAt = ?3 where id = ?4",
                State.DONE, dryRunOutput, now, id);
    }

    /**
     * A job that was being sent goes back to waiting (or fails). If its record got a newer open job meanwhile, that
     * one will send the latest state, and this one is cancelled instead. It fails on the unique open-job index if
     * another transaction queued that newer job at this very moment; the caller tries again, and then sees it.
     */
    static void release(long id, State state, int attempts, Instant nextAttemptAt, String lastError, Instant now) {
        getEntityManager().createNativeQuery("""
                update sync_job j set
                    state = case when exists (select 1 from sync_job o where o.idempotency_key = j.idempotency_key
                                              and o.id <> j.id and o.state in ('PENDING', 'FAILED'))
                                 then 'CANCELLED' else ?2 end,
                    attempts = ?3, next_attempt_at = ?4, last_error = ?5, claimed_until = null, updated_at = ?6
                where id = ?1
                """).setParameter(1, id).setParameter(2, state.name()).setParameter(3, attempts)
                .setParameter(4, Timestamp.from(nextAttemptAt)).setParameter(5, lastError)
                .setParameter(6, Timestamp.from(now)).executeUpdate();
    }

    /**
     * Charges a waiting job one attempt (GitHub failed it, then answered others well); it fails when that was its
     * last. Its next attempt stays when it was.
     */
    static void charge(long id, int maxAttempts, Instant now) {
        getEntityManager().createNativeQuery("""
                update sync_job set attempts = attempts + 1, updated_at = ?3,
                    state = case when attempts + 1 >= ?2 then 'FAILED' else state end
                where id = ?1 and state = 'PENDING'
                """).setParameter(1, id).setParameter(2, maxAttempts).setParameter(3, Timestamp.from(now)).executeUpdate();
    }

    /** Waiting or being sent, next due first. */
    public static List<SyncJob> listWaiting(int limit) {
        return find("state in ?1 order by nextAttemptAt, id", List.of(State.PENDING, State.SENDING))
                .page(Page.ofSize(limit)).list();
    }

    public static long countWaiting() {
        return count("state in ?1", List.of(State.PENDING, State.SENDING));
    }
}
