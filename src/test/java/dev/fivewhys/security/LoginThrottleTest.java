package dev.fivewhys.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Guessing passwords, through the login form or HTTP Basic: after five wrong ones a username is refused with 429 for
 * a while, even with the right password, and each further wrong one doubles the while. The counts are in PostgreSQL,
 * so every copy of the app refuses alike. (Per client address: {@link BehindTlsProxyTest}.)
 */
@QuarkusTest
class LoginThrottleTest {

    @BeforeAll
    static void users() {
        Fixtures.user("guessed-form", Role.ENGINEER);
        Fixtures.user("guessed-basic", Role.ENGINEER);
        Fixtures.user("locked-elsewhere", Role.ENGINEER);
    }

    @Test
    void theLoginFormRefusesAGuessedUsernameForAGrowingWhile() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, form("guessed-form", "wrong-" + i).statusCode(), "failure " + i);
        }
        Response locked = form("guessed-form", "guessed-form-password");
        assertEquals(429, locked.statusCode(), "even the right password waits");
        assertEquals("30", locked.header("Retry-After"));
        assertTrue(locked.asString().contains("Try again in 30 seconds"), locked.asString());

        lockoutPasses("guessed-form");
        assertEquals(401, form("guessed-form", "wrong-6").statusCode());
        assertEquals("60", form("guessed-form", "guessed-form-password").header("Retry-After"), "twice as long");

        lockoutPasses("guessed-form");
        assertEquals(303, form("guessed-form", "guessed-form-password").statusCode());
        assertEquals(0, Uploads.number("select count(*) from login_failure where subject = 'user:guessed-form'"),
                "a good password clears the count");
    }

    @Test
    void httpBasicOnTheApiIsThrottledTheSameWay() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, basic("guessed-basic", "wrong-" + i).statusCode(), "failure " + i);
        }
        Response locked = basic("guessed-basic", "guessed-basic-password");
        assertEquals(429, locked.statusCode());
        assertEquals("30", locked.header("Retry-After"));
        assertTrue(locked.jsonPath().getString("message").contains("try again in 30 seconds"), locked.asString());
    }

    @Test
    void aLockoutAnotherCopyOfTheAppWroteIsHonoured() {
        Uploads.execute("insert into login_failure (subject, failures, last_failure_at, locked_until) values "
                + "('user:locked-elsewhere', 7, now(), now() + interval '2 minutes')");
        Response locked = form("locked-elsewhere", "locked-elsewhere-password");
        assertEquals(429, locked.statusCode());
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue(retryAfter > 100 && retryAfter <= 120, "about two minutes: " + retryAfter);
        assertEquals(429, basic("locked-elsewhere", "locked-elsewhere-password").statusCode());
    }

    @Test
    void aTypedLineBreakCannotForgeALogLine() {
        String forged = "x\n2026-01-01 INFO admin logged in from 10.0.0.1";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, form(forged, "wrong").statusCode());
        }
        assertEquals(429, form(forged, "wrong").statusCode(), "counted as one username all the same");
        assertEquals(1, Uploads.number("select count(*) from login_failure where subject = 'user:x?2026-01-01 INFO "
                + "admin logged in from 10.0.0.1'"), "the line break is gone from what is logged");
    }

    /** What waiting out the lockout does, without the wait. */
    private static void lockoutPasses(String username) {
        Uploads.execute("update login_failure set locked_until = now() - interval '1 second', last_failure_at = "
                + "now() - interval '31 seconds' where subject = ?1", "user:" + username);
    }

    private static Response form(String username, String password) {
        return given().redirects().follow(false).formParam("username", username).formParam("password", password)
                .post("/login");
    }

    private static Response basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).get("/api/projects");
    }
}
