package dev.fivewhys.github;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.github.client.ConfiguredGateway;
import dev.fivewhys.github.outbox.GitHubToken;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Where the sync stands with the configured token: paused (GitHub refused it), holding back (a rate limit, or
 * GitHub failing), or sending; for the sync page and the readiness check.
 */
@ApplicationScoped
public class SyncStanding {

    @Inject
    ConfiguredGateway configured;
    @Inject
    Clock clock;

    public Optional<GitHubToken> token() {
        return configured.tokenKey().flatMap(GitHubToken::of);
    }

    /** A line for the readiness check's detail. */
    public String worker() {
        if (configured.tokenKey().isEmpty()) {
            return "no GitHub token configured";
        }
        GitHubToken token = token().orElse(null);
        if (token != null && token.paused()) {
            return "paused since " + token.pausedAt + ": " + token.pausedReason;
        }
        if (token != null && token.heldAt(clock.instant())) {
            return "holding back until " + token.heldUntil + ": " + token.holdReason;
        }
        return "sending";
    }

    public boolean resume() {
        return configured.tokenKey().map(key -> QuarkusTransaction.requiringNew().call(() -> GitHubToken.resume(key)))
                .orElse(false);
    }
}
