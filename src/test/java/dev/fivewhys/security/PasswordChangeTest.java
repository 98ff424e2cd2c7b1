package dev.fivewhys.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Everyone changes their own password with the current one; admins reset a forgotten one. */
@QuarkusTest
class PasswordChangeTest {

    @BeforeAll
    static void users() {
        Fixtures.user("admin", Role.ADMIN);
    }

    @Test
    void aManagerChangesTheirPasswordAndTheirOtherLoginsEnd() {
        Fixtures.user("changer", Role.MANAGER);
        WebClient laptop = WebClient.loginAs("changer");
        WebClient phone = WebClient.loginAs("changer");
        laptop.get("/profile").then().statusCode(200);

        Response changed = laptop.post("/profile/password", Map.of("currentPassword", "changer-password",
                "newPassword", "a-brand-new-passphrase", "repeatPassword", "a-brand-new-passphrase"));
        assertEquals(303, changed.statusCode(), changed.asString());
        assertTrue(laptop.get("/profile").asString().contains("Password changed; your other logins were ended"));
        assertEquals(302, phone.get("/sessions").statusCode(), "whoever had the old password is logged out");
        assertThrows(AssertionError.class, () -> WebClient.loginAs("changer", "changer-password"));
        WebClient.loginAs("changer", "a-brand-new-passphrase").get("/sessions").then().statusCode(200);
    }

    @Test
    void aWrongCurrentPasswordOrAShortOrMistypedNewOneChangesNothing() {
        Fixtures.user("careful", Role.ENGINEER);
        WebClient careful = WebClient.loginAs("careful");
        Map<String, Map<String, String>> tries = Map.of(
                "That is not your current password", Map.of("currentPassword", "not-it",
                        "newPassword", "long-enough-new", "repeatPassword", "long-enough-new"),
                "At least 10 characters", Map.of("currentPassword", "careful-password",
                        "newPassword", "short", "repeatPassword", "short"),
                "Type the same new password twice", Map.of("currentPassword", "careful-password",
                        "newPassword", "long-enough-new", "repeatPassword", "long-enough-typo"),
                "Type your current password", Map.of("newPassword", "long-enough-new", "repeatPassword",
                        "long-enough-new"));
        tries.forEach((message, form) -> {
            Response response = careful.post("/profile/password", form);
            assertEquals(400, response.statusCode(), message);
            assertTrue(response.asString().contains(message), message);
            assertFalse(response.asString().contains("long-enough-new"), "a password is never sent back");
        });
        careful.get("/sessions").then().statusCode(200);
        WebClient.loginAs("careful", "careful-password");
    }

    @Test
    void anAdminResetsAForgottenPasswordAndEndsTheUsersLogins() {
        Fixtures.user("forgetful", Role.ENGINEER);
        WebClient forgetful = WebClient.loginAs("forgetful");
        WebClient admin = WebClient.loginAs("admin");
        long id = Fixtures.userId("forgetful");

        Response tooShort = admin.post("/admin/users/" + id + "/password", Map.of("password", "short"));
        assertEquals(400, tooShort.statusCode());
        assertTrue(tooShort.asString().contains("at least 10 characters"), tooShort.asString());

        admin.post("/admin/users/" + id + "/password", Map.of("password", "reset-by-admin")).then().statusCode(303);
        assertEquals(302, forgetful.get("/sessions").statusCode());
        WebClient.loginAs("forgetful", "reset-by-admin").get("/sessions").then().statusCode(200);
        admin.get("/admin/users").then().statusCode(200);
    }

    @Test
    void deactivatingAUserEndsTheirLogins() {
        Fixtures.user("leaving", Role.ENGINEER);
        WebClient leaving = WebClient.loginAs("leaving");
        WebClient admin = WebClient.loginAs("admin");
        long id = Fixtures.userId("leaving");
        admin.post("/admin/users/" + id + "/active", Map.of("active", "maybe")).then().statusCode(400);
        leaving.get("/sessions").then().statusCode(200);
        admin.post("/admin/users/" + id + "/active", Map.of("active", "false")).then().statusCode(303);
        assertEquals(0, dev.fivewhys.support.Uploads.number("select count(*) from login_session where user_id = ?1", id));
        assertEquals(302, leaving.get("/sessions").statusCode());
    }
}
