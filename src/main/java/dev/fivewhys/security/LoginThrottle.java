package dev.fivewhys.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.fivewhys.core.SqlValues;
import io.quarkus.scheduler.Scheduled;

/**
 * Failed logins counted per username and per client address in PostgreSQL, so every copy of the app sees the same
 * counts. After {@link LoginSettings#failuresPerUser()} failures with one username (or
 * {@link LoginSettings#failuresPerAddress()} from one address) further attempts are refused for a while, and each
 * further failure doubles the while. Each change commits at once, whatever becomes of the login attempt.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;
    @Inject
    LoginSettings settings;

    /** A subject locked for a while: which one, and until when. */
    public record Lockout(String subject, int failures, Duration duration) {
    }

    /** How long logins with this username or from this address are still refused, if they are. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Object until = entityManager.createNativeQuery("select max(locked_until) from login_failure "
                + "where subject in (?1, ?2) and locked_until > ?3").setParameter(1, user(username))
                .setParameter(2, address(address)).setParameter(3, now).getSingleResult();
        return Optional.ofNullable(SqlValues.instant(until)).map(end -> Duration.between(now, end));
    }

    /** Counts a failure; returns the lockouts it started (none while still under the limits). */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Lockout> failed(String username, String address) {
        return List.of(count(user(username), settings.failuresPerUser()),
                count(address(address), settings.failuresPerAddress())).stream().flatMap(Optional::stream).toList();
    }

    /** A good password clears the username's failures; the address's wear off by themselves. */
    @Transactional(TxType.REQUIRES_NEW)
    public void succeeded(String username) {
        entityManager.createNativeQuery("delete from login_failure where subject = ?1").setParameter(1, user(username))
                .executeUpdate();
    }

    private Optional<Lockout> count(String subject, int limit) {
        Instant now = clock.instant();
        // one statement, so concurrent failures each count: failures far enough apart (after any lockout) start over
        int failures = ((Number) entityManager.createNativeQuery("insert into login_failure as f (subject, failures, "
                + "last_failure_at) values (?1, 1, ?2) on conflict (subject) do update set failures = case when "
                + "greatest(f.last_failure_at, f.locked_until) < ?3 then 1 else f.failures + 1 end, last_failure_at = ?2 "
                + "returning failures").setParameter(1, subject).setParameter(2, now)
                .setParameter(3, now.minus(settings.failureWindow())).getSingleResult()).intValue();
        if (failures < limit) {
            return Optional.empty();
        }
        Duration lockout = lockout(failures - limit);
        entityManager.createNativeQuery("update login_failure set locked_until = ?2 where subject = ?1")
                .setParameter(1, subject).setParameter(2, now.plus(lockout)).executeUpdate();
        return Optional.of(new Lockout(subject, failures, lockout));
    }

    /** The first lockout, doubled for each failure past the limit, at most the maximum. */
    private Duration lockout(int beyondLimit) {
        Duration lockout = settings.lockout();
        for (int i = 0; i < beyondLimit && lockout.compareTo(settings.maxLockout()) < 0; i++) {
            lockout = lockout.multipliedBy(2);
        }
        return lockout.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : lockout;
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetOld() {
        entityManager.createNativeQuery("delete from login_failure where greatest(last_failure_at, locked_until) < ?1")
                .setParameter(1, clock.instant().minus(settings.failureWindow())).executeUpdate();
    }

    /**
     * Usernames are at most 64 characters: a longer one names nobody, and is counted by its first 64. Control
     * characters are replaced: the subject goes into the log, where a typed line break would forge a line.
     */
    private static String user(String username) {
        String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return "user:" + (name.length() > 64 ? name.substring(0, 64) : name);
    }

    private static String address(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
