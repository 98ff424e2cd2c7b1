package dev.fivewhys.github.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import dev.fivewhys.core.Sha256;

/**
 * How to reach GitHub. The endpoint is https://api.github.com for github.com, {@code https://HOST/api/v3} for
 * GitHub Enterprise Server, or a local stub in tests.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the response to start; short, so a hung call becomes a retry
 *        rather than a stuck worker
 * @param recentIssuesToScan how many of the newest issues a marker search reads before it asks the search
 *        API, which indexes new issues only after a delay
 * @param app the GitHub App to authenticate as, instead of the token; null for a token
 */
public record GatewaySettings(String endpoint, String token, Duration connectTimeout, Duration readTimeout,
        int recentIssuesToScan, GitHubApp app) {

    public static final String GITHUB_COM = "https://api.github.com";

    public GatewaySettings {
        Objects.requireNonNull(endpoint, "endpoint");
        URI uri = URI.create(endpoint);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("GitHub endpoint must be an absolute URL: " + endpoint);
        }
        if (app == null && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("a GitHub token or a GitHub App is required");
        }
        if (app != null) {
            token = null; // an App trades its own tokens; a token configured beside it stays unused
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (recentIssuesToScan < 0) {
            throw new IllegalArgumentException("recentIssuesToScan must not be negative");
        }
    }

    public GatewaySettings(String endpoint, String token, Duration connectTimeout, Duration readTimeout,
            int recentIssuesToScan) {
        this(endpoint, token, connectTimeout, readTimeout, recentIssuesToScan, null);
    }

    /** github.com or another endpoint, with timeouts fit for a background worker. */
    public static GatewaySettings of(String endpoint, String token) {
        return new GatewaySettings(endpoint, token, Duration.ofSeconds(10), Duration.ofSeconds(30), 100);
    }

    /** Authenticates as the GitHub App's installation, which may also write check runs. */
    public static GatewaySettings of(String endpoint, GitHubApp app) {
        return new GatewaySettings(endpoint, null, Duration.ofSeconds(10), Duration.ofSeconds(30), 100, app);
    }

    public GatewaySettings withTimeouts(Duration connect, Duration read) {
        return new GatewaySettings(endpoint, token, connect, read, recentIssuesToScan, app);
    }

    /**
     * Names the token at this endpoint without revealing it: GitHub's limits, pauses and pacing are kept per token,
     * shared by every copy of the app, under this key.
     */
    public String tokenKey() {
        // An App's installation tokens change every hour; its limits belong to the installation.
        return Sha256.hex(endpoint + "\n" + (app == null ? token
                : "app " + app.appId() + " installation "
                        + app.installationId()));
    }

    /** Never prints the token: settings end up in logs and error pages. */
    @Override
    public String toString() {
        return "GatewaySettings[endpoint=" + endpoint + ", token=***, connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", recentIssuesToScan=" + recentIssuesToScan + ", app=" + app + "]";
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
