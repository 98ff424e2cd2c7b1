package dev.fivewhys.github.client;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.fivewhys.core.Sleeper;
import io.quarkus.arc.DefaultBean;

/**
 * Builds the one gateway from configuration, lazily, so the app starts (and the pages work) without a
 * GitHub token; jobs then fail with a clear reason instead.
 */
@ApplicationScoped
public class ConfiguredGateway {

    @Inject
    GitHubConfig config;
    @Inject
    Clock clock;
    @Inject
    WritePacer pacer;

    private volatile GitHubGateway gateway;

    public Optional<GitHubGateway> gateway() {
        if (gateway == null) {
            synchronized (this) {
                if (gateway == null && config.token().filter(t -> !t.isBlank()).isPresent()) {
                    GatewaySettings settings = GatewaySettings.of(config.apiUrl(), config.token().get())
                            .withTimeouts(config.connectTimeout(), config.readTimeout());
                    gateway = new GitHubGateway(settings, clock, pacer);
                }
            }
        }
        return Optional.ofNullable(gateway);
    }

    /**
     * One pacer per copy of the app. GitHub's secondary limits count every write of the token, so
     * several copies sharing a token should share the budget too; see docs/PERFORMANCE.md.
     */
    @Produces
    @DefaultBean
    @Singleton
    WritePacer writePacer(Sleeper sleeper) {
        return new WritePacer(clock, sleeper);
    }
}
