package dev.fivewhys.github.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.fivewhys.github.client.ReportedRateLimit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What the app knows about a token it writes to GitHub with, one row per API URL and token (keyed by a hash, never
 * the token), shared by every copy of the app: GitHub's last word on the budget; until when the worker holds back
 * (told to by a rate limit, or GitHub failing and probed at a growing interval); whether GitHub refused the token,
 * which pauses the worker until the token changes (a new key) or an admin resumes. Every change is one SQL
 * statement, so copies of the app never overwrite each other's.
 */
@Entity
@Table(name = "github_token")
public class GitHubToken extends PanacheEntityBase {

    @Id
    @Column(name = "token_key")
    public String tokenKey;
    public Integer remaining;
    @Column(name = "quota")
    public Integer limit;
    /** When the budget refills, on the app's clock. */
    @Column(name = "reset_at")
    public Instant resetAt;
    @Column(name = "observed_at")
    public Instant observedAt;
    /** No job is sent before then. */
    @Column(name = "held_until")
    public Instant heldUntil;
    @Column(name = "hold_reason")
    public String holdReason;
    /** Since when GitHub has been failing; null while it answers. */
    @Column(name = "failing_since")
    public Instant failingSince;
    /** Failed calls in a row: the job that met the failure, then each probe; sets the probing interval. */
    @Column(name = "failed_probes")
    public int failedProbes;
    /** The job whose failure began the spell: charged an attempt only if the next probe finds GitHub well. */
    @Column(name = "suspect_job")
    public Long suspectJob;
    @Column(name = "paused_at")
    public Instant pausedAt;
    @Column(name = "paused_reason")
    public String pausedReason;

    public static Optional<GitHubToken> of(String tokenKey) {
        return findByIdOptional(tokenKey);
    }

    public boolean paused() {
        return pausedAt != null;
    }

    public boolean failing() {
        return failedProbes > 0;
    }

    public boolean heldAt(Instant now) {
        return heldUntil != null && now.isBefore(heldUntil);
    }

    /** GitHub said to wait (a rate limit): nothing is sent with this token before {@code until}. */
    static void holdUntil(String tokenKey, Instant until, String reason) {
        getEntityManager().createNativeQuery("""
                insert into github_token (token_key, held_until, hold_reason) values (?1, ?2, ?3)
                on conflict (token_key) do update set hold_reason = excluded.hold_reason,
                    held_until = greatest(github_token.held_until, excluded.held_until)
                """).setParameter(1, tokenKey).setParameter(2, Timestamp.from(until)).setParameter(3, reason)
                .executeUpdate();
    }

    /**
     * GitHub failed (5xx, timeout, no answer): one more failure in a row.
     *
     * @param suspect the job that met it; null for a probe, whose failure shows GitHub itself failing, so no job is
     *        suspected any more
     * @return how many calls have failed in a row now
     */
    static int failed(String tokenKey, Instant now, String reason, Long suspect) {
        Number inARow = (Number) getEntityManager().createNativeQuery("""
                insert into github_token (token_key, failing_since, failed_probes, hold_reason, suspect_job)
                values (?1, ?2, 1, ?3, ?4)
                on conflict (token_key) do update set failed_probes = github_token.failed_probes + 1,
                    failing_since = coalesce(github_token.failing_since, excluded.failing_since),
                    hold_reason = excluded.hold_reason,
                    suspect_job = excluded.suspect_job
                returning failed_probes
                """).setParameter(1, tokenKey).setParameter(2, Timestamp.from(now)).setParameter(3, reason)
                .setParameter(4, suspect).getSingleResult();
        return inARow.intValue();
    }

    /** How long to hold back until the next probe, once {@link #failed} counted the failure. */
    static void probeAfter(String tokenKey, Instant at) {
        getEntityManager().createNativeQuery("update github_token set held_until = ?2 where token_key = ?1")
                .setParameter(1, tokenKey).setParameter(2, Timestamp.from(at)).executeUpdate();
    }

    /**
     * GitHub answered: it is not failing (any probing hold ends; a rate-limit hold runs its time), and this is its
     * budget. A budget at zero holds the worker until the reset, at least a second.
     *
     * @return the job suspected of the failure just ended, which GitHub's answer now shows to be at fault
     */
    static Optional<Long> answered(String tokenKey, Optional<ReportedRateLimit> reported, Instant now) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> suspect = getEntityManager()
                .createNativeQuery("select suspect_job from github_token where token_key = ?1 and suspect_job is not null"
                        + " for update")
                .setParameter(1, tokenKey).getResultList();
        getEntityManager().createNativeQuery("""
                insert into github_token (token_key) values (?1)
                on conflict (token_key) do update set
                    held_until = case when github_token.failed_probes > 0 then null else github_token.held_until end,
                    failed_probes = 0, failing_since = null, suspect_job = null
                """).setParameter(1, tokenKey).executeUpdate();
        reported.ifPresent(budget -> {
            getEntityManager().createNativeQuery("""
                    update github_token set remaining = ?2, quota = ?3, reset_at = ?4, observed_at = ?5 where token_key = ?1
                    """).setParameter(1, tokenKey).setParameter(2, budget.remaining()).setParameter(3, budget.limit())
                    .setParameter(4, Timestamp.from(budget.resetAt())).setParameter(5, Timestamp.from(now))
                    .executeUpdate();
            if (budget.remaining() == 0) {
                Instant reset = budget.resetAt().isAfter(now.plusSeconds(1)) ? budget.resetAt() : now.plusSeconds(1);
                holdUntil(tokenKey, reset, "GitHub's request budget is used up until its reset");
            }
        });
        return suspect.stream().map(Number::longValue).findFirst();
    }

    /** GitHub refused the token: the worker stops until the token changes or an admin resumes. */
    static void pause(String tokenKey, Instant now, String reason) {
        getEntityManager().createNativeQuery("""
                insert into github_token (token_key, paused_at, paused_reason) values (?1, ?2, ?3)
                on conflict (token_key) do update set paused_at = coalesce(github_token.paused_at, excluded.paused_at),
                    paused_reason = excluded.paused_reason
                """).setParameter(1, tokenKey).setParameter(2, Timestamp.from(now)).setParameter(3, reason)
                .executeUpdate();
    }

    /** An admin says the token is fixed: the worker tries again. */
    public static boolean resume(String tokenKey) {
        return update("pausedAt = null, pausedReason = null where tokenKey = ?1 and pausedAt is not null", tokenKey) > 0;
    }

    /** How long the hold has left at {@code now}; zero when none. */
    public Duration heldFor(Instant now) {
        return heldAt(now) ? Duration.between(now, heldUntil) : Duration.ZERO;
    }
}
