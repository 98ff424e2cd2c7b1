package dev.fivewhys.github;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import dev.fivewhys.github.client.GatewaySettings;
import dev.fivewhys.github.client.GitHubApp;

/** The GitHub App's key as people paste it, and that it never shows. */
class GitHubAppTest {

    @Test
    void readsTheKeyAsGitHubHandsItOutAndConvertedToPkcs8() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        byte[] pkcs8 = keys.getPrivate().getEncoded();

        PrivateKey fromPkcs1 = GitHubApp.privateKey(GitHubAppProfile.pkcs1Pem(pkcs8));
        assertArrayEquals(pkcs8, fromPkcs1.getEncoded());
        String pkcs8Pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----";
        assertArrayEquals(pkcs8, GitHubApp.privateKey(pkcs8Pem).getEncoded());
        // an environment variable written on one line, with \n for the line breaks
        assertArrayEquals(pkcs8, GitHubApp.privateKey(pkcs8Pem.replace("\n", "\\n")).getEncoded());

        GitHubApp app = new GitHubApp("424242", 4711, fromPkcs1);
        GatewaySettings settings = GatewaySettings.of("https://api.github.com", app);
        assertFalse(settings.toString().contains(Base64.getEncoder().encodeToString(pkcs8).substring(0, 40)));
        assertTrue(settings.toString().contains("privateKey=***"), settings.toString());
        assertEquals(settings.tokenKey(), GatewaySettings.of("https://api.github.com",
                new GitHubApp("424242", 4711, fromPkcs1)).tokenKey(), "the installation's key stays the same");
    }

    @Test
    void aKeyThatIsNotAnRsaPemIsRefusedWithoutQuotingIt() {
        IllegalArgumentException notPem = assertThrows(IllegalArgumentException.class,
                () -> GitHubApp.privateKey("secret-looking-text"));
        assertTrue(notPem.getMessage().contains("BEGIN RSA PRIVATE KEY"), notPem.getMessage());
        assertFalse(notPem.getMessage().contains("secret-looking-text"));
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> GitHubApp.privateKey("-----BEGIN PRIVATE KEY-----\nAAAAsecretAAAA\n-----END PRIVATE KEY-----"));
        assertFalse(broken.getMessage().contains("secret"), broken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GitHubApp.privateKey(" "));
    }
}
