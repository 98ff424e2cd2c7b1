package dev.fivewhys.github.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook delivery comes from GitHub: the X-Hub-Signature-256 header is {@code sha256=} and the
 * hex HMAC-SHA256 of the raw request body, keyed with the webhook secret. It must be computed over the bytes as
 * received, before any JSON parsing, and compared in constant time so the comparison does not leak how much of
 * a forged signature was right.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public WebhookSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret is required");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Whether the header is a valid signature of the raw body; false for a missing or malformed header. */
    public boolean verify(byte[] rawBody, String header) {
        if (rawBody == null || header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(rawBody), claimed);
    }

    /** The header value GitHub would send for this body. */
    public String sign(byte[] rawBody) {
        return PREFIX + HexFormat.of().formatHex(mac(rawBody));
    }

    @Override
    public String toString() {
        return "WebhookSignature[secret=***]";
    }

    private byte[] mac(byte[] body) {
        try {
            // Mac instances are not thread-safe; a new one per delivery is cheap.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
