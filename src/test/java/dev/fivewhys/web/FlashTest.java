package dev.fivewhys.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The message shown after a form post comes in a cookie signed with the app's key, which the app made once and keeps
 * in its database: a message planted by anyone else (a sibling subdomain can set cookies) is not shown.
 */
@QuarkusTest
class FlashTest {

    private static final String PLANTED = "Your login expired: log in again at evil.example";

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void theAppsOwnMessageIsShownOnce() {
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.post("/profile/tokens", Map.of("name", "flash check")).then().statusCode(200);
        long token = Fixtures.tokenIdOf("engineer", "flash check");
        engineer.post("/profile/tokens/" + token + "/revoke", Map.of()).then().statusCode(303);
        assertTrue(engineer.get("/profile").asString().contains("Token flash check revoked"));
        assertFalse(engineer.get("/profile").asString().contains("Token flash check revoked"), "once");
    }

    @Test
    void aPlantedMessageIsNotShown() {
        WebClient engineer = WebClient.loginAs("engineer");
        String unsigned = PLANTED;
        String forged = encode(PLANTED) + "." + encode("not the signature");
        String signedWithAnotherKey = encode(PLANTED) + "." + encode(hmac(new byte[32], PLANTED));
        for (String cookie : new String[] { unsigned, forged, signedWithAnotherKey, "%%%", "." }) {
            Response page = pageWithFlash(engineer, cookie);
            assertEquals(200, page.statusCode());
            assertFalse(page.asString().contains("evil.example"), cookie);
        }
    }

    @Test
    void aMessageSignedWithTheKeyInTheDatabaseIsShown() {
        WebClient engineer = WebClient.loginAs("engineer");
        pageWithFlash(engineer, encode("x") + "." + encode("y")); // the key is made when first needed
        byte[] key = QuarkusTransaction.requiringNew().call(() -> (byte[]) Panache.getEntityManager()
                .createNativeQuery("select secret from app_key where name = 'flash-signing'").getSingleResult());
        assertEquals(32, key.length, "256 random bits");
        String message = "Signed by whichever copy of the app";
        Response page = pageWithFlash(engineer, encode(message) + "." + encode(hmac(key, message)));
        assertTrue(page.asString().contains(message), "every copy, and the app after a restart, reads the same key");
    }

    private static Response pageWithFlash(WebClient client, String flash) {
        return given().redirects().follow(false).cookie(WebClient.LOGIN_COOKIE, client.loginCookie())
                .cookie("flash", flash).get("/sessions");
    }

    private static String encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
