package dev.fivewhys.security;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.web.Cookies;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * How browsers are logged in to the pages: the login cookie names a {@link LoginSession}. A cookie whose login ended
 * or timed out is dropped and the request goes on as anonymous, so public pages still open; protected ones send the
 * browser to the login page, remembering where it was going (a link from a GitHub issue lands there after login).
 */
@ApplicationScoped
public class LoginSessionMechanism implements HttpAuthenticationMechanism {

    static final String COOKIE = "fivewhys-login";
    static final String GOING_TO_COOKIE = "fivewhys-going-to";
    private static final Duration GOING_TO_LIFETIME = Duration.ofMinutes(15);

    @Inject
    Cookies cookies;

    /** The token of a login cookie, for {@link LoginSessionIdentityProvider}. */
    static final class Request extends BaseAuthenticationRequest {
        final String token;

        Request(String token) {
            this.token = token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (ApiAuthenticationMechanism.isApi(context) || cookie == null || cookie.getValue().isEmpty()) {
            return Uni.createFrom().optional(Optional.empty());
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(new Request(cookie.getValue()),
                context);
        // an ended login is dropped; a database that cannot answer is an error, not a reason to log anyone out
        return identityProviderManager.authenticate(request).onFailure(AuthenticationFailedException.class)
                .recoverWithUni(() -> {
                    cookies.clear(context, COOKIE);
                    return Uni.createFrom().nullItem();
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (ApiAuthenticationMechanism.isApi(context)) {
            return Uni.createFrom().nullItem();
        }
        if (context.request().method() == HttpMethod.GET) {
            cookies.set(context, GOING_TO_COOKIE, URLEncoder.encode(context.request().uri(), StandardCharsets.UTF_8),
                    GOING_TO_LIFETIME);
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaderNames.LOCATION, "/login"));
    }

    /** Where the browser was going before it was sent to log in, if that is a page of this app; else the start page. */
    static String goingTo(RoutingContext context) {
        Cookie cookie = context.request().getCookie(GOING_TO_COOKIE);
        String path;
        try {
            path = cookie == null ? "" : URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            path = "";
        }
        // only a path of this app: "//host" and "/\host" would lead a browser to another site
        boolean local = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && path.length() < 2000
                && path.chars().noneMatch(c -> c < 0x20) && !path.startsWith("/login");
        return local ? path : "/";
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE));
    }
}
