package dev.fivewhys.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountsTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void users() {
        Fixtures.user("engineer", Role.ENGINEER);
    }

    @Test
    void adminCreatedAtFirstStartLogsInWithConfiguredPassword() throws Exception {
        // The test profile sets FIVEWHYS_ADMIN_PASSWORD's property to "admin-password".
        assertTrue(WebClient.loginAs("admin", "admin-password").loggedIn());
        try (var connection = dataSource.getConnection();
                var rows = connection.createStatement()
                        .executeQuery("select count(*) from flyway_schema_history where success")) {
            rows.next();
            assertTrue(rows.getInt(1) >= 1, "the schema was created by Flyway");
        }
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithAMessage() {
        var response = WebClient.anonymous().postWithoutCsrf("/login",
                Map.of("username", "engineer", "password", "nope"));
        assertEquals(401, response.statusCode());
        assertTrue(response.asString().contains("do not match an active account"), response.asString());
        assertTrue(response.asString().contains("value=\"engineer\""), "the username is kept");
        assertFalse(response.asString().contains("nope"), "the password is not");
        assertNull(response.getCookie(WebClient.LOGIN_COOKIE));
    }

    @Test
    void loginCookieIsHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() {
        var response = io.restassured.RestAssured.given().redirects().follow(false)
                .formParam("username", "engineer").formParam("password", "engineer-password").post("/login");
        assertEquals(303, response.statusCode());
        String setCookie = response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebClient.LOGIN_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HTTPOnly") || setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertFalse(setCookie.contains("Secure"), "the tests reach the app over plain HTTP: " + setCookie);
    }

    @Test
    void adminCreatesChangesAndDeactivatesAUser() {
        Fixtures.user("admin", Role.ADMIN);
        WebClient admin = WebClient.loginAs("admin");
        admin.get("/admin/users");
        var created = admin.post("/admin/users",
                Map.of("username", "new-manager", "password", "a-long-password", "role", "manager"));
        assertEquals(303, created.statusCode());

        WebClient newcomer = WebClient.loginAs("new-manager", "a-long-password");
        newcomer.get("/sessions/new").then().statusCode(403);

        long id = Fixtures.userId("new-manager");
        admin.post("/admin/users/" + id + "/role", Map.of("role", "engineer")).then().statusCode(303);
        newcomer.get("/sessions/new").then().statusCode(200);

        admin.post("/admin/users/" + id + "/active", Map.of("active", "false")).then().statusCode(303);
        assertEquals(302, newcomer.get("/sessions").statusCode(), "a deactivated user's cookie stops working at once");
        var again = WebClient.anonymous().postWithoutCsrf("/login",
                Map.of("username", "new-manager", "password", "a-long-password"));
        assertEquals(401, again.statusCode());
    }

    @Test
    void newUserFormKeepsInputAndExplainsErrors() {
        Fixtures.user("admin", Role.ADMIN);
        WebClient admin = WebClient.loginAs("admin");
        admin.get("/admin/users");
        var response = admin.post("/admin/users", Map.of("username", "x", "password", "short", "role", "manager"));
        assertEquals(400, response.statusCode());
        String page = response.asString();
        assertTrue(page.contains("2 to 64 letters"), page);
        assertTrue(page.contains("At least 10 characters"));
        assertTrue(page.contains("value=\"x\""), "the typed username is kept");
        assertFalse(page.contains("value=\"short\""), "a password is never sent back");
    }

    @Test
    void logoutEndsTheLogin() {
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions").then().statusCode(200);
        engineer.post("/logout", Map.of()).then().statusCode(303);
        assertEquals(302, engineer.get("/sessions").statusCode());
    }
}
