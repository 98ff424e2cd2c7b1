package dev.fivewhys.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose declared body is over quarkus.http.limits.max-body-size (FIVEWHYS_MAX_UPLOAD_SIZE)
 * with a 413 that says what the limit is. Quarkus makes the same check right after this one, but answers
 * with an empty body; a body without a declared length is cut off by Quarkus while it streams in.
 */
@ApplicationScoped
public class BodyLimit {

    /** Bodies up to this many times the limit are read and dropped before the answer; larger ones are cut off. */
    static final int DRAINED = 4;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> limit;

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> check(context, max.asLongValue())));
    }

    private static void check(RoutingContext context, long max) {
        if (declaredLength(context) <= max) {
            context.next();
            return;
        }
        String message = "That upload is larger than this server accepts: at most " + display(max) + ".";
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean json = context.normalizedPath().startsWith("/api/")
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
        HttpServerResponse response = context.response().setStatusCode(413);
        if (declaredLength(context) > DRAINED * max) {
            // like Quarkus: answer at once and close, rather than read a body far too large anyway
            response.putHeader(HttpHeaders.CONNECTION, "close").endHandler(v -> context.request().connection().close());
        } else {
            // most clients (browsers among them) read the answer only once they have sent the whole body:
            // take it in and drop it, so that they see this message instead of a reset connection
            context.request().handler(ignored -> {
            }).resume();
        }
        if (json) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end("{\"status\":413,\"message\":\"" + message + "\"}");
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .end("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too large · Five Whys"
                            + "</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main>"
                            + "<section class=\"narrow card\"><h1>Request refused</h1><p>" + message + "</p>"
                            + "<p class=\"hint\">HTTP 413</p><p><a href=\"/\">Back to the start page</a></p>"
                            + "</section></main></body></html>");
        }
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String display(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes + " bytes";
    }
}
