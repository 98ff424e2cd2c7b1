package dev.fivewhys.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.fivewhys.core.Sha256;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Starts, resumes and ends browser logins (see {@link LoginSession}). */
@ApplicationScoped
public class LoginSessions {

    // Writing "last seen" on every page view would turn each read into a write; once a minute is enough.
    private static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @Inject
    Clock clock;
    @Inject
    LoginSettings settings;

    /** @return the token for the login cookie; only its hash is stored */
    @Transactional
    public String start(User user) {
        String token = randomToken();
        LoginSession login = new LoginSession();
        login.user = User.findById(user.id);
        login.tokenHash = Sha256.hex(token);
        login.csrfToken = randomToken();
        login.createdAt = clock.instant();
        login.lastSeenAt = login.createdAt;
        login.persist();
        return token;
    }

    /**
     * The login of this cookie token, unless it ended, timed out or its user was deactivated. Every page view asks,
     * so it is one read outside any transaction, and a write at most once a minute.
     */
    public Optional<LoginSession.Usable> resume(String token) {
        LoginSession.Usable login = LoginSession.findUsable(Sha256.hex(token));
        Instant now = clock.instant();
        if (login == null || login.lastSeenAt().plus(settings.idleTimeout()).isBefore(now)) {
            return Optional.empty();
        }
        if (login.lastSeenAt().plus(LAST_SEEN_PRECISION).isBefore(now)) {
            QuarkusTransaction.requiringNew()
                    .run(() -> LoginSession.update("lastSeenAt = ?1 where id = ?2", now, login.id()));
        }
        return Optional.of(login);
    }

    @Transactional
    public void end(long sessionId) {
        LoginSession.deleteById(sessionId);
    }

    /** After a password change or a deactivation: the user's other logins (or all, {@code except} null) end. */
    @Transactional
    public long endAllOf(User user, Long except) {
        return LoginSession.endAllOf(user, except);
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetTimedOut() {
        LoginSession.delete("lastSeenAt < ?1", clock.instant().minus(settings.idleTimeout()));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
