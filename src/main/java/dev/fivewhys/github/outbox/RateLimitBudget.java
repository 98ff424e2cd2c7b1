package dev.fivewhys.github.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** What GitHub last told us about our budget, and whether the worker must hold back until a reset. */
@ApplicationScoped
public class RateLimitBudget {

    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /** Set when GitHub refused a call for the rate limit; no job is sent before then. */
    @Transactional(TxType.MANDATORY)
    public Optional<Instant> blockedUntil() {
        GitHubRateLimit row = GitHubRateLimit.current();
        return row == null ? Optional.empty() : Optional.ofNullable(row.blockedUntil);
    }

    @Transactional(TxType.MANDATORY)
    public void exhaustedUntil(Instant resetAt) {
        em.createNativeQuery("""
                insert into github_rate_limit (id, remaining, blocked_until, observed_at) values (1, 0, ?1, ?2)
                on conflict (id) do update set remaining = 0, blocked_until = excluded.blocked_until,
                    observed_at = excluded.observed_at
                """).setParameter(1, Timestamp.from(resetAt)).setParameter(2, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** The budget GitHub reported on its last answer; a call that went through lifts any block. */
    @Transactional(TxType.MANDATORY)
    public void observed(int remaining, int limit, Instant resetAt) {
        em.createNativeQuery("""
                insert into github_rate_limit (id, remaining, quota, reset_at, observed_at) values (1, ?1, ?2, ?3, ?4)
                on conflict (id) do update set remaining = excluded.remaining, quota = excluded.quota,
                    reset_at = excluded.reset_at, observed_at = excluded.observed_at, blocked_until = null
                """).setParameter(1, remaining).setParameter(2, limit).setParameter(3, Timestamp.from(resetAt))
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    }
}
