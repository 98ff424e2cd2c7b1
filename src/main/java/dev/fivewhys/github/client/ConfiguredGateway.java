package dev.fivewhys.github.client;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

/**
 * Builds the one gateway from configuration (a token, or a GitHub App), lazily, so the app starts (and the pages
 * work) without either; jobs then wait, and the sync page says why.
 */
@ApplicationScoped
public class ConfiguredGateway {

    private final GitHubConfig config;
    private final Clock clock;
    private final WritePacer pacer;
    private volatile GitHubGateway gateway;
    private volatile Optional<GatewaySettings> settings;

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

    /** Whether a token or a GitHub App is configured. */
    public boolean configured() {
        return settings().isPresent();
    }

    /** A GitHub App configured by halves, or with a key that cannot be read, stops start-up with the reason. */
    void checkAtStartUp(@Observes StartupEvent started) {
        settings();
    }

    private Optional<GatewaySettings> settings() {
        if (settings == null) {
            Optional<GatewaySettings> read = app().map(app -> GatewaySettings.of(config.apiUrl(), app))
                    .or(() -> config.token().filter(t -> !t.isBlank()).map(t -> GatewaySettings.of(config.apiUrl(), t)));
            settings = read.map(s -> s.withTimeouts(config.connectTimeout(), config.readTimeout()));
        }
        return settings;
    }

    private Optional<GitHubApp> app() {
        Optional<String> id = config.appId().filter(s -> !s.isBlank());
        Optional<String> key = config.appPrivateKey().filter(s -> !s.isBlank());
        Optional<Long> installation = config.appInstallationId();
        if (id.isEmpty() && key.isEmpty() && installation.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (id.isEmpty()) {
            missing.add("fivewhys.github.app-id");
        }
        if (key.isEmpty()) {
            missing.add("fivewhys.github.app-private-key");
        }
        if (installation.isEmpty()) {
            missing.add("fivewhys.github.app-installation-id");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("A GitHub App needs its id, private key and installation id; missing: "
                    + String.join(", ", missing));
        }
        return Optional.of(new GitHubApp(id.get(), installation.get(), GitHubApp.privateKey(key.get())));
    }
}
