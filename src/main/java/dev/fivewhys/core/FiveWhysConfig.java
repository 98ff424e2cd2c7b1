package dev.fivewhys.core;

import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fivewhys")
public interface FiveWhysConfig {

    /** Password of user "admin", used only when the database has no users yet. */
    Optional<String> adminPassword();

    /** Whether demo users and demo sessions are created at start (dev mode). */
    @WithDefault("false")
    boolean demoData();

    /** Times are shown and typed in this zone. */
    @WithDefault("UTC")
    ZoneId timeZone();

    /** How long each copy of the app keeps a computed impact summary; 0 computes it on every view. */
    @WithDefault("0s")
    java.time.Duration impactCache();

    /** Test results older than this are removed a month at a time ("13 months", "2 years"); unset: kept forever. */
    Optional<String> resultRetention();

    /** Where people reach the app; links in GitHub issues and comments point here. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** The address of a page of the app, for links that leave it (GitHub issues, reports). */
    default String absolute(String path) {
        String base = baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Whether people reach the app over HTTPS (a TLS proxy in front): cookies are Secure and HSTS is sent. */
    @WithDefault("false")
    boolean https();

    Db db();

    interface Db {
        /** The schema that holds the app's tables. */
        @WithDefault("fivewhys")
        String schema();
    }
}
