package dev.fivewhys.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every answer carries, pages, API, static files, redirects and errors alike: scripts and styles only from
 * the app's own files (no inline script can run, whatever gets into a page), no framing by any site, no guessing of
 * content types, no full URLs sent to other sites, and HSTS when the app is reached over HTTPS.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI, which Quarkus serves, starts itself with an inline script; it shows nothing users typed. */
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'";
    private static final String API_DOCS = "/q/swagger-ui";
    /** Before authentication (200), so that its redirects and refusals carry the headers too. */
    private static final int PRIORITY = 1_000;

    @Inject
    Https https;

    void install(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext context) {
        boolean https = this.https.isUsed(context.request());
        boolean apiDocs = context.normalizedPath().startsWith(API_DOCS);
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", apiDocs ? API_DOCS_POLICY : POLICY);
            headers.set("X-Frame-Options", "DENY");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            if (https) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
        });
        context.next();
    }
}
