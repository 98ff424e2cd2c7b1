package dev.fivewhys.web;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/** The app's cookies: never readable by scripts, not sent along by other sites' forms, Secure over HTTPS. */
@ApplicationScoped
public class Cookies {

    @Inject
    Https https;

    /** @param maxAge how long the browser keeps it; null for as long as the browser runs */
    public void set(RoutingContext context, String name, String value, Duration maxAge) {
        Cookie cookie = Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure(https.isUsed(context.request()));
        if (maxAge != null) {
            cookie.setMaxAge(maxAge.toSeconds());
        }
        context.response().addCookie(cookie);
    }

    public void clear(RoutingContext context, String name) {
        set(context, name, "", Duration.ZERO);
    }
}
