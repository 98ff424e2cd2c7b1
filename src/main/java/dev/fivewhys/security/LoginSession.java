package dev.fivewhys.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

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

    /** The login this token opened, with its user, if it is still there and its user still active: one query. */
    static LoginSession findUsable(String tokenHash) {
        return find("from LoginSession s join fetch s.user u where s.tokenHash = ?1 and u.active = true", tokenHash)
                .firstResult();
    }

    /** Ends the user's logins but the one given (null: all of them). */
    static long endAllOf(User user, Long except) {
        return except == null ? delete("user", user) : delete("user = ?1 and id <> ?2", user, except);
    }
}
