package dev.fivewhys.github.client;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * The app registered as a GitHub App: it signs a short JWT with its private key and trades it for an installation
 * token, which (unlike a personal token) may write check runs.
 *
 * @param appId the App's id, shown on its settings page
 * @param installationId the installation on the organisation or account that holds the repositories
 * @param privateKey the App's private key, never logged or shown
 */
public record GitHubApp(String appId, long installationId, PrivateKey privateKey) {

    private static final String PKCS1 = "RSA PRIVATE KEY";
    private static final String PKCS8 = "PRIVATE KEY";
    /** The DER prefix naming rsaEncryption, which turns a PKCS#1 key into the PKCS#8 one Java reads. */
    private static final byte[] RSA_ALGORITHM = { 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00 };

    public GitHubApp {
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("a GitHub App needs its app id");
        }
        if (installationId <= 0) {
            throw new IllegalArgumentException("a GitHub App's installation id is a positive number");
        }
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /**
     * Reads the key as GitHub hands it out (PEM, "BEGIN RSA PRIVATE KEY", PKCS#1) or converted to PKCS#8 ("BEGIN
     * PRIVATE KEY").
     *
     * @throws IllegalArgumentException naming what is wrong, never quoting the key
     */
    public static PrivateKey privateKey(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("the GitHub App private key is empty");
        }
        String text = pem.replace("\\n", "\n").strip();
        boolean pkcs1 = text.contains("-----BEGIN " + PKCS1 + "-----");
        if (!pkcs1 && !text.contains("-----BEGIN " + PKCS8 + "-----")) {
            throw new IllegalArgumentException(
                    "the GitHub App private key must be PEM text starting with -----BEGIN RSA PRIVATE KEY----- "
                            + "or -----BEGIN PRIVATE KEY-----");
        }
        String base64 = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs1 ? pkcs8Of(der) : der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the GitHub App private key cannot be read as an RSA key ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** The App's key never leaves in a log line or an error page. */
    @Override
    public String toString() {
        return "GitHubApp[appId=" + appId + ", installationId=" + installationId + ", privateKey=***]";
    }

    private static byte[] pkcs8Of(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] { 0x02, 0x01, 0x00 }); // version 0
        body.writeBytes(RSA_ALGORITHM);
        body.writeBytes(der(0x04, pkcs1));
        return der(0x30, body.toByteArray());
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
