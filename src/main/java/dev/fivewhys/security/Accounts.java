package dev.fivewhys.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** The short transactions that store a new account or password, its hash made beforehand ({@link PasswordHashing}). */
@ApplicationScoped
public class Accounts {

    @Inject
    LoginSessions sessions;

    /** @return the new user; empty when the username was taken, meanwhile too */
    @Transactional
    public Optional<User> create(String username, PasswordHash password, String role, Instant now) {
        if (User.findByUsername(username).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(User.create(username, password, role, now));
    }

    /**
     * The user's new password, and the end of their logins made with the old one.
     *
     * @param keepLogin the login that changed it, which goes on; null to end every login
     * @return how many logins ended
     */
    @Transactional
    public long changePassword(long userId, PasswordHash password, Long keepLogin) {
        User user = User.findById(userId);
        if (user == null) {
            throw new NotFoundException();
        }
        user.setPassword(password);
        return sessions.endAllOf(user, keepLogin);
    }
}
