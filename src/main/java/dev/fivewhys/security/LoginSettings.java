package dev.fivewhys.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a login lasts, and how hard guessing passwords is made (fivewhys.login.*). */
@ConfigMapping(prefix = "fivewhys.login")
public interface LoginSettings {

    /** A login ends after this long without a request. */
    @WithDefault("8h")
    Duration idleTimeout();

    /** Failed logins with one username before it is locked for a while. */
    @WithDefault("5")
    int failuresPerUser();

    /** Failed logins from one client address, whatever the usernames, before it is locked for a while. */
    @WithDefault("20")
    int failuresPerAddress();

    /** The first lockout; each further failure doubles it, up to {@link #maxLockout()}. */
    @WithDefault("30s")
    Duration lockout();

    @WithDefault("15m")
    Duration maxLockout();

    /** Failures further apart than this are not added up. */
    @WithDefault("15m")
    Duration failureWindow();
}
