package dev.fivewhys.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Logins live on the server: logging out ends one for good, and nobody else's page can start one. */
@QuarkusTest
class LoginTest {

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        Fixtures.user("replayed", Role.ENGINEER);
    }

    @Test
    void aCookieReplayedAfterLogoutOpensNothing() {
        WebClient engineer = WebClient.loginAs("replayed");
        String saved = engineer.loginCookie();
        String csrf = engineer.csrfToken();
        engineer.get("/sessions").then().statusCode(200);

        Response logout = engineer.post("/logout", Map.of());
        assertEquals(303, logout.statusCode());
        assertTrue(logout.header("Location").endsWith("/login"));
        assertEquals(0, Uploads.number("select count(*) from login_session s join app_user u on u.id = s.user_id "
                + "where u.username = 'replayed'"), "the login is gone from the database, for every copy of the app");

        // someone kept the cookie (and a form's token) from before the logout
        Response read = given().redirects().follow(false).cookie(WebClient.LOGIN_COOKIE, saved).get("/sessions");
        assertEquals(302, read.statusCode());
        assertTrue(read.header("Location").endsWith("/login"));
        long project = Fixtures.project("replay").id;
        Response write = given().redirects().follow(false).cookie(WebClient.LOGIN_COOKIE, saved)
                .formParam("csrf-token", csrf).formParam("projectId", project).formParam("title", "Replayed")
                .formParam("status", "RUNNING").post("/sessions");
        assertEquals(302, write.statusCode());
        assertEquals(0, Uploads.number("select count(*) from test_session where title = 'Replayed'"));
    }

    @Test
    void aLoginUsedWithinEightHoursGoesOnAndOneLeftAloneLongerEnds() {
        Fixtures.user("idle", Role.ENGINEER);
        WebClient idle = WebClient.loginAs("idle");
        String ofIdle = "(select id from app_user where username = 'idle')";
        Uploads.execute("update login_session set last_seen_at = now() - interval '7 hours' where user_id = " + ofIdle);
        idle.get("/sessions").then().statusCode(200);
        assertEquals(1, Uploads.number("select count(*) from login_session where user_id = " + ofIdle
                + " and last_seen_at > now() - interval '1 minute'"), "using it keeps it going");

        Uploads.execute("update login_session set last_seen_at = now() - interval '9 hours' where user_id = " + ofIdle);
        assertEquals(302, idle.get("/sessions").statusCode());
    }

    @Test
    void eachLoginHasItsOwnCookieAndLoggingOutEndsOnlyThatOne() {
        WebClient laptop = WebClient.loginAs("engineer");
        WebClient phone = WebClient.loginAs("engineer");
        assertNotEquals(laptop.loginCookie(), phone.loginCookie());
        laptop.post("/logout", Map.of()).then().statusCode(303);
        phone.get("/sessions").then().statusCode(200);
    }

    @Test
    void aLoginFormPostedFromAnotherSiteIsRefused() {
        for (Map<String, String> headers : new Map[] { Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"), Map.of("Sec-Fetch-Site", "cross-site") }) {
            Response response = given().redirects().follow(false).headers(headers).formParam("username", "engineer")
                    .formParam("password", "engineer-password").post("/login");
            assertEquals(403, response.statusCode(), headers.toString());
            assertNull(response.getCookie(WebClient.LOGIN_COOKIE), "no login was started for " + headers);
        }
        String ownOrigin = app.getProtocol() + "://" + app.getHost() + ":" + app.getPort();
        given().redirects().follow(false).header("Origin", ownOrigin).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", "engineer").formParam("password", "engineer-password").post("/login").then()
                .statusCode(303);
    }

    @Test
    void afterLoginTheBrowserLandsWhereItWasGoing() {
        Response sent = given().redirects().follow(false).get("/failures?status=OPEN");
        assertEquals(302, sent.statusCode());
        String goingTo = sent.getCookie("fivewhys-going-to");
        Response login = given().redirects().follow(false).cookie("fivewhys-going-to", goingTo)
                .formParam("username", "engineer").formParam("password", "engineer-password").post("/login");
        assertEquals(303, login.statusCode());
        assertTrue(login.header("Location").endsWith("/failures?status=OPEN"), login.header("Location"));
    }

    @Test
    void aPlantedDestinationOnAnotherSiteIsIgnored() {
        for (String planted : new String[] { "//evil.example/phish", "/\\evil.example", "https://evil.example/" }) {
            Response login = given().redirects().follow(false).cookie("fivewhys-going-to", planted)
                    .formParam("username", "engineer").formParam("password", "engineer-password").post("/login");
            assertEquals(303, login.statusCode());
            assertTrue(login.header("Location").matches("https?://[^/]+/"), planted + " → " + login.header("Location"));
        }
    }
}
