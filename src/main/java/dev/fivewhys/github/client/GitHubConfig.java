package dev.fivewhys.github.client;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** GitHub settings; the token, the App's private key and the webhook secret are never logged or shown. */
@ConfigMapping(prefix = "fivewhys.github")
public interface GitHubConfig {

    /** A fine-grained or installation token with issues and pull requests read/write. */
    Optional<String> token();

    /**
     * The GitHub App's id. With {@link #appPrivateKey} and {@link #appInstallationId} the app authenticates as the
     * App's installation instead of with the token, and also writes check runs.
     */
    Optional<String> appId();

    /** The GitHub App's private key, PEM text as GitHub hands it out. */
    Optional<String> appPrivateKey();

    /** The installation of the GitHub App on the organisation or account holding the repositories. */
    Optional<Long> appInstallationId();

    @WithDefault(GatewaySettings.GITHUB_COM)
    String apiUrl();

    /** The secret GitHub signs webhook deliveries with. */
    Optional<String> webhookSecret();

    /** Record what would be sent, without sending it. */
    @WithDefault("false")
    boolean dryRun();

    /** How often the worker looks for due jobs and unprocessed webhook deliveries. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Whether this copy of the app runs the worker (tests drive it by hand). */
    @WithDefault("true")
    boolean workerEnabled();

    @WithDefault("10s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration readTimeout();
}
