package dev.fivewhys.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.fivewhys.github.webhook.WebhookSignature;

/** Uses the test vector from GitHub's "Validating webhook deliveries" page. */
class WebhookSignatureTest {

    private static final String SECRET = "It's a Secret to Everybody";
    private static final byte[] PAYLOAD = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    private final WebhookSignature signature = new WebhookSignature(SECRET);

    @Test
    void acceptsGitHubsTestVector() {
        assertTrue(signature.verify(PAYLOAD, SIGNATURE));
        assertEquals(SIGNATURE, signature.sign(PAYLOAD));
    }

    @Test
    void rejectsATamperedBody() {
        assertFalse(signature.verify("Hello, World?".getBytes(StandardCharsets.UTF_8), SIGNATURE));
        assertFalse(signature.verify("Hello, World! ".getBytes(StandardCharsets.UTF_8), SIGNATURE));
    }

    @Test
    void rejectsAnotherSecret() {
        assertFalse(new WebhookSignature("not the secret").verify(PAYLOAD, SIGNATURE));
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        String hex = SIGNATURE.substring("sha256=".length());
        assertFalse(signature.verify(PAYLOAD, null));
        assertFalse(signature.verify(PAYLOAD, ""));
        assertFalse(signature.verify(PAYLOAD, hex), "no sha256= prefix");
        assertFalse(signature.verify(PAYLOAD, "sha1=" + hex));
        assertFalse(signature.verify(PAYLOAD, "sha256="));
        assertFalse(signature.verify(PAYLOAD, "sha256=" + hex.substring(2)), "too short");
        assertFalse(signature.verify(PAYLOAD, "sha256=" + hex + "00"), "too long");
        assertFalse(signature.verify(PAYLOAD, "sha256=zz" + hex.substring(2)), "not hex");
        assertFalse(signature.verify(null, SIGNATURE));
    }

    @Test
    void keepsTheSecretOutOfItsDescription() {
        assertFalse(signature.toString().contains(SECRET));
    }
}
