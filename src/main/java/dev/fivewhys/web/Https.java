package dev.fivewhys.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.core.FiveWhysConfig;
import io.vertx.core.http.HttpServerRequest;

/**
 * Whether people reach the app over HTTPS: then its cookies are marked Secure and browsers are told to keep to HTTPS
 * (HSTS). Behind a TLS proxy the app itself sees plain HTTP, so {@code fivewhys.https} (on in prod) says it; a request
 * that did come over TLS, or that a trusted proxy marks as HTTPS (quarkus.http.proxy.*), counts as well.
 */
@ApplicationScoped
public class Https {

    @Inject
    FiveWhysConfig config;

    public boolean isUsed(HttpServerRequest request) {
        return config.https() || request.isSSL() || "https".equalsIgnoreCase(request.scheme());
    }
}
