package dev.fivewhys.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * A one-shot message that survives the redirect after a successful form post. It travels in a
 * short-lived cookie, so any copy of the app can show it; {@link FlashFilter} writes and clears it.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "flash";

    @Inject
    HttpServerRequest request;

    String pending;
    boolean shown;

    public void set(String message) {
        pending = message;
    }

    /** The message left by the previous request, shown once. */
    public String message() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return "";
        }
        shown = true;
        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    // FlashFilter reads these through the request-scoped bean's client proxy, which forwards method calls
    // but not field reads: read as fields, they were always empty and no flash was ever sent.
    String pending() {
        return pending;
    }

    boolean shown() {
        return shown;
    }

    static String encode(String message) {
        return URLEncoder.encode(message, StandardCharsets.UTF_8);
    }
}
