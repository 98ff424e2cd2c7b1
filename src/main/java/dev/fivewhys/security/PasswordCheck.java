package dev.fivewhys.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Checks a username and password (the login form, HTTP Basic, the current password when changing it) against the
 * stored bcrypt hash, within the {@link LoginThrottle}. Lockouts are logged with the username and address, never the
 * password.
 */
@ApplicationScoped
public class PasswordCheck {

    private static final Logger LOG = Logger.getLogger(PasswordCheck.class);
    // Compared against when the user does not exist, so both paths take the same time.
    private static final String UNKNOWN_USER_HASH = BcryptUtil.bcryptHash("no-such-user");

    @Inject
    LoginThrottle throttle;

    /**
     * @param address the client's address, as far as the app can tell (behind a proxy: quarkus.http.proxy.*)
     * @return the active user with this username and password
     * @throws LoginThrottled too many failures lately; the password was not looked at
     * @throws AuthenticationFailedException no active user with this username and password
     */
    public User verify(String username, String password, String address) {
        var locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            throw new LoginThrottled(locked.get());
        }
        User user = username == null ? null : User.findActiveByUsername(username).orElse(null);
        if (user == null) {
            BcryptUtil.matches(String.valueOf(password), UNKNOWN_USER_HASH);
        }
        if (user == null || password == null || !user.passwordMatches(password)) {
            List<LoginThrottle.Lockout> lockouts = throttle.failed(username, address);
            lockouts.forEach(lockout -> LOG.warnf("Logins of %s refused for %d s after %d failures (last from %s)",
                    lockout.subject(), lockout.duration().toSeconds(), lockout.failures(), address));
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(username);
        return user;
    }

    /** The client's address as this app sees it: the proxy's, unless quarkus.http.proxy.* trusts its headers. */
    static String addressOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
