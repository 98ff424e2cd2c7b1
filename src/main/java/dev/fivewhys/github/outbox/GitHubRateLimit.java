package dev.fivewhys.github.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.fivewhys.github.client.ReportedRateLimit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The one row that remembers GitHub's last word on our request budget, and whether the worker must hold back until
 * a reset; shared by every copy of the app.
 */
@Entity
@Table(name = "github_rate_limit")
public class GitHubRateLimit extends PanacheEntityBase {

    static final int THE_ROW = 1;

    @Id
    public int id = THE_ROW;
    public Integer remaining;
    @Column(name = "quota")
    public Integer limit;
    @Column(name = "reset_at")
    public Instant resetAt;
    @Column(name = "observed_at")
    public Instant observedAt;
    /** Set when GitHub refused a call for the rate limit: no job is sent before then. */
    @Column(name = "blocked_until")
    public Instant blockedUntil;

    public static GitHubRateLimit current() {
        return findById(THE_ROW);
    }

    /** Set when GitHub refused a call for the rate limit; no job is sent before then. */
    public static Optional<Instant> blockedUntil() {
        GitHubRateLimit row = current();
        return row == null ? Optional.empty() : Optional.ofNullable(row.blockedUntil);
    }

    /** GitHub refused a call for the rate limit: every copy of the app holds back until {@code resetAt}. */
    public static void exhaustedUntil(Instant resetAt, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into github_rate_limit (id, remaining, blocked_until, observed_at) values (1, 0, ?1, ?2)
                on conflict (id) do update set remaining = 0, blocked_until = excluded.blocked_until,
                    observed_at = excluded.observed_at
                """).setParameter(1, Timestamp.from(resetAt)).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    /** The budget GitHub reported on its last answer; a call that went through lifts any block. */
    public static void observed(ReportedRateLimit reported, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into github_rate_limit (id, remaining, quota, reset_at, observed_at) values (1, ?1, ?2, ?3, ?4)
                on conflict (id) do update set remaining = excluded.remaining, quota = excluded.quota,
                    reset_at = excluded.reset_at, observed_at = excluded.observed_at, blocked_until = null
                """).setParameter(1, reported.remaining()).setParameter(2, reported.limit())
                .setParameter(3, Timestamp.from(reported.resetAt())).setParameter(4, Timestamp.from(now)).executeUpdate();
    }
}
