package dev.fivewhys.github.client;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds the one gateway from configuration, lazily, so the app starts (and the pages work) without a
 * GitHub token; jobs then wait, and the sync page says why.
 */
@ApplicationScoped
public class ConfiguredGateway {

    private final GitHubConfig config;
    private final Clock clock;
    private final WritePacer pacer;
    private volatile GitHubGateway gateway;

    /** @param pacer kept in the database by the outbox, so every copy of the app sharing a token shares its pace */
    @Inject
    public ConfiguredGateway(GitHubConfig config, Clock clock, WritePacer pacer) {
        this.config = config;
        this.clock = clock;
        this.pacer = pacer;
    }

    public Optional<GitHubGateway> gateway() {
        if (gateway == null) {
            synchronized (this) {
                if (gateway == null) {
                    settings().ifPresent(settings -> gateway = new GitHubGateway(settings, clock, pacer));
                }
            }
        }
        return Optional.ofNullable(gateway);
    }

    /** The configured token's key (never the token): what its limits, pause and pace are kept under. */
    public Optional<String> tokenKey() {
        return settings().map(GatewaySettings::tokenKey);
    }

    private Optional<GatewaySettings> settings() {
        return config.token().filter(t -> !t.isBlank()).map(token -> GatewaySettings.of(config.apiUrl(), token)
                .withTimeouts(config.connectTimeout(), config.readTimeout()));
    }
}
