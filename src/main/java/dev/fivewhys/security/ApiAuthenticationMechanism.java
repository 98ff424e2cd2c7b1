package dev.fivewhys.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * How CI and tools log in to /api: "Authorization: Bearer <personal token>" or HTTP Basic with a
 * username and password. The browser's login cookie is not accepted there, so the JSON API needs
 * no CSRF token; a missing or wrong credential gets 401 instead of the login page.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "fivewhys-api";
    private static final String API_PATH = "/api/";
    private static final String OPENAPI_PATH = "/q/openapi";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        // the API's own description too, so a tool with a token can read what it may call
        AuthenticationRequest request = isApi(context) || isApiDescription(context)
                ? requestFrom(context.request().getHeader(HttpHeaderNames.AUTHORIZATION))
                : null;
        if (request == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        // the password check needs the client's address for its throttle
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    static AuthenticationRequest requestFrom(String authorization) {
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer") && !value.isEmpty()) {
            return new TokenAuthenticationRequest(new TokenCredential(value, "bearer"));
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                return new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                        new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
            }
        }
        return null;
    }

    /** Pages keep the login-form challenge; only the API answers 401. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!isApi(context)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"Five Whys\", Basic realm=\"Five Whys\""));
    }

    /** Too many failed logins: 429 with when to try again, rather than a 401 that invites the next guess. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        var failure = HttpSecurityUtils.getAuthenticationFailureFromEvent(context);
        if (isApi(context) && failure != null && failure.getCause() instanceof LoginThrottled throttled) {
            context.response().setStatusCode(429).putHeader(HttpHeaderNames.RETRY_AFTER,
                    Long.toString(throttled.retryAfterSeconds())).putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .end("{\"status\":429,\"message\":\"Too many failed logins with this username or from this address; "
                            + "try again in " + throttled.waitInWords() + ".\"}");
            return Uni.createFrom().item(true);
        }
        return HttpAuthenticationMechanism.super.sendChallenge(context);
    }

    /** After the login cookie's mechanism, so that pages are challenged with the login page. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY - 500;
    }

    static boolean isApiDescription(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals(OPENAPI_PATH) || path.startsWith(OPENAPI_PATH + "/") || path.startsWith(OPENAPI_PATH + ".");
    }

    static boolean isApi(RoutingContext context) {
        return context.normalizedPath().startsWith(API_PATH);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
