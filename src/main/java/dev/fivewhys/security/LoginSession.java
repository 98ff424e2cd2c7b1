package dev.fivewhys.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.fivewhys.core.NamedQuery;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One login of a browser: the login cookie carries a random token, of which only the SHA-256 is kept here, so the
 * login can be ended on the server (logout, password change, deactivation) for every copy of the app at once.
 */
@Entity
@Table(name = "login_session")
public class LoginSession extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    public User user;
    @Column(name = "token_hash")
    public String tokenHash;
    /** What every state-changing page request of this login must send back (see {@link CsrfFilter}). */
    @Column(name = "csrf_token")
    public String csrfToken;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    /** A login as a request needs it: for its identity (its user's name and role), the idle timeout and CSRF check. */
    record Usable(long id, String csrfToken, Instant lastSeenAt, String username, String role) {
    }

    /**
     * The login this token opened, with its user, if it is still there and its user still active: one plain read, as
     * every page view asks (a Hibernate query with the user fetched cost 5-7% of a page's CPU, entities included).
     */
    static Usable findUsable(String tokenHash) {
        return new NamedQuery("""
                select s.id, s.csrf_token, s.last_seen_at, u.username, u.role
                from login_session s join app_user u on u.id = s.user_id
                where s.token_hash = :hash and u.active""").set("hash", tokenHash)
                .list(r -> new Usable(r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant(), r.getString(4),
                        r.getString(5)))
                .stream().findFirst().orElse(null);
    }

    /** Ends the user's logins but the one given (null: all of them). */
    static long endAllOf(User user, Long except) {
        return except == null ? delete("user", user) : delete("user = ?1 and id <> ?2", user, except);
    }
}
