package dev.fivewhys.github.outbox;

import java.time.Instant;
import java.util.List;

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
        DONE,
        FAILED,
        CANCELLED
    }

    /** What to bring up to date on GitHub: {@code FAILURE} brings a failure's issue and all its comments. */
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
}
