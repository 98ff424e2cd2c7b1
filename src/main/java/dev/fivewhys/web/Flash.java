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

    /**
     * What {@link FlashFilter} writes. Methods, not field reads: the filter holds a client proxy of this request-scoped
     * bean, and a field read on the proxy never reaches the request's instance.
     */
    public String pending() {
        return pending;
    }

    public boolean wasShown() {
        return shown;
    }

    static String encode(String message) {
        return URLEncoder.encode(message, StandardCharsets.UTF_8);
    }
}
