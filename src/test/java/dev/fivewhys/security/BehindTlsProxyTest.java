package dev.fivewhys.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The app as production runs it: behind a TLS proxy that says who the client is and that it came over HTTPS
 * (X-Forwarded-*), started on an empty database without FIVEWHYS_ADMIN_PASSWORD.
 */
@QuarkusTest
@TestProfile(BehindTlsProxyTest.BehindTlsProxy.class)
class BehindTlsProxyTest {

    public static class BehindTlsProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "fivewhys.admin-password", "",
                    "fivewhys.login.failures-per-address", "20");
        }
    }

    @BeforeAll
    static void users() {
        Fixtures.user("proxied", Role.ENGINEER);
    }

    @Test
    void withoutAnAdminPasswordNoAdminIsMadeUp() {
        assertEquals(0, Uploads.number("select count(*) from app_user where username = 'admin'"),
                "a generated password would have had to be logged");
    }

    @Test
    void overHttpsCookiesAreSecureAndBrowsersAreToldToStayOnHttps() {
        Response login = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .formParam("username", "proxied").formParam("password", "proxied-password").post("/login");
        assertEquals(303, login.statusCode());
        String cookie = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebClient.LOGIN_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(login.header("Strict-Transport-Security").startsWith("max-age="));

        Response plain = given().redirects().follow(false).get("/login");
        assertEquals(null, plain.header("Strict-Transport-Security"), "not over plain HTTP");
    }

    @Test
    void oneAddressGuessingManyUsernamesIsRefusedWhileOthersGetIn() {
        for (int i = 1; i <= 20; i++) {
            assertEquals(401, fromAddress("203.0.113.7", "nobody-" + i, "guess").statusCode(), "failure " + i);
        }
        Response locked = fromAddress("203.0.113.7", "proxied", "proxied-password");
        assertEquals(429, locked.statusCode(), "even a right password from that address waits");
        assertEquals("30", locked.header("Retry-After"));
        assertEquals(303, fromAddress("198.51.100.20", "proxied", "proxied-password").statusCode(),
                "another address is not held up");
    }

    private static Response fromAddress(String address, String username, String password) {
        return given().redirects().follow(false).header("X-Forwarded-For", address).formParam("username", username)
                .formParam("password", password).post("/login");
    }
}
