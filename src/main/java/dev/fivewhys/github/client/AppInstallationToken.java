package dev.fivewhys.github.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.extras.authorization.JWTTokenProvider;

/**
 * Authorises requests as the GitHub App's installation: signs a JWT with the App's key (the library's
 * {@link JWTTokenProvider}), trades it for an installation token ({@code POST /app/installations/{id}/access_tokens})
 * and uses that until shortly before GitHub says it expires (an hour), then trades again.
 */
final class AppInstallationToken implements AuthorizationProvider {

    /** Renewed this long before it expires, so a request never leaves with a token about to run out. */
    private static final Duration MARGIN = Duration.ofMinutes(5);

    /** One trade of a signed JWT for an installation token, sent by the gateway's connector. */
    @FunctionalInterface
    interface Exchange {
        Issued trade(long installationId, String jwtAuthorization) throws IOException;
    }

    record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[token=***, expiresAt=" + expiresAt + "]";
        }
    }

    private final GitHubApp app;
    private final JWTTokenProvider jwt;
    private final Exchange exchange;
    private final Clock clock;
    private Issued current;

    AppInstallationToken(GitHubApp app, Exchange exchange, Clock clock) {
        this.app = app;
        this.jwt = new JWTTokenProvider(app.appId(), app.privateKey());
        this.exchange = exchange;
        this.clock = clock;
    }

    @Override
    public synchronized String getEncodedAuthorization() throws IOException {
        if (current == null || !clock.instant().plus(MARGIN).isBefore(current.expiresAt())) {
            current = exchange.trade(app.installationId(), jwt.getEncodedAuthorization());
        }
        return "Bearer " + current.token();
    }

    @Override
    public String toString() {
        return "AppInstallationToken[" + app + "]";
    }
}
