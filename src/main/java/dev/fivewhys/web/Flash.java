package dev.fivewhys.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.fivewhys.core.AppKeys;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * A one-shot message that survives the redirect after a successful form post. It travels in a short-lived cookie, so
 * any copy of the app can show it; {@link FlashFilter} writes and clears it. The cookie is signed with a key of the
 * app's ({@link AppKeys}): a message another site (or a sibling subdomain) plants is not shown.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "flash";
    static final String KEY = "flash-signing";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @Inject
    HttpServerRequest request;
    @Inject
    AppKeys keys;

    String pending;
    boolean shown;

    public void set(String message) {
        pending = message;
    }

    /** The message left by the previous request, shown once; empty when there is none or its signature is wrong. */
    public String message() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return "";
        }
        shown = true;
        String value = cookie.getValue();
        int dot = value.indexOf('.');
        if (dot < 0) {
            return "";
        }
        try {
            byte[] message = Base64.getUrlDecoder().decode(value.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(value.substring(dot + 1));
            return MessageDigest.isEqual(signature, sign(message)) ? new String(message, StandardCharsets.UTF_8) : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
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

    /** The cookie value of a message: the message and its signature, both in URL-safe Base64. */
    String signed(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    private byte[] sign(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.key(KEY), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }
}
