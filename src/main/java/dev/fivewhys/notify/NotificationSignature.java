package dev.fivewhys.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a body the way GitHub signs its webhooks: {@code sha256=} and the hex HMAC-SHA256 of the body with the hook's
 * secret, in {@value #HEADER}, so a receiver can check it with the code it has for GitHub's.
 */
public final class NotificationSignature {

    public static final String HEADER = "X-FiveWhys-Signature-256";

    private NotificationSignature() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }
}
