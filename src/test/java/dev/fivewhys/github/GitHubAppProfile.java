package dev.fivewhys.github;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app configured as a GitHub App against the stub, with a throwaway RSA key made for this start of Quarkus. The
 * key is handed over as GitHub hands it out (PKCS#1 PEM); its public half goes along under a key outside the app's
 * namespace, so the test can check the JWT's signature.
 */
public class GitHubAppProfile implements QuarkusTestProfile {

    static final String APP_ID = "424242";
    static final String INSTALLATION_ID = "4711";
    static final String PUBLIC_KEY = "test.github-app.public-key";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(GitHubStubResource.class));
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestTime.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        KeyPair keys = throwawayKeys();
        return Map.of("fivewhys.github.app-id", APP_ID,
                "fivewhys.github.app-installation-id", INSTALLATION_ID,
                "fivewhys.github.app-private-key", pkcs1Pem(keys.getPrivate().getEncoded()),
                PUBLIC_KEY, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
    }

    private static KeyPair throwawayKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 2048-bit key's PKCS#8 encoding is a 26-byte header around its PKCS#1 encoding. */
    static String pkcs1Pem(byte[] pkcs8) {
        if (pkcs8[22] != 0x04) {
            throw new IllegalStateException("not the PKCS#8 layout of a 2048-bit RSA key");
        }
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        return "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs1)
                + "\n-----END RSA PRIVATE KEY-----\n";
    }
}
