package dev.fivewhys.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * bcrypt takes about 100 ms of CPU a password: every password change hashes it before its transaction, so that no
 * connection or row lock is held meanwhile. The hashing is watched, whether a transaction was active when it ran.
 */
@QuarkusTest
class PasswordHashedOutsideTransactionTest {

    /** Hashes as the app does, and notes whether a transaction was active each time. */
    static class Watched extends PasswordHashing {
        final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();

        @Override
        public PasswordHash hash(String password) {
            inTransaction.add(QuarkusTransaction.isActive());
            return super.hash(password);
        }
    }

    private Watched hashing;

    @BeforeAll
    static void users() {
        Fixtures.user("admin", Role.ADMIN);
    }

    @BeforeEach
    void watch() {
        hashing = new Watched();
        QuarkusMock.installMockForType(hashing, PasswordHashing.class);
    }

    @Test
    void changingYourOwnPasswordHashesItOutsideTheTransaction() {
        Fixtures.user("hasher", Role.ENGINEER);
        WebClient laptop = WebClient.loginAs("hasher");
        WebClient phone = WebClient.loginAs("hasher");
        long id = Fixtures.userId("hasher");
        laptop.post("/profile/password", Map.of("currentPassword", "hasher-password", "newPassword",
                "hashed-beforehand", "repeatPassword", "hashed-beforehand")).then().statusCode(303);

        assertEquals(List.of(false), hashing.inTransaction, "hashed once, with no transaction active");
        assertEquals(302, phone.get("/sessions").statusCode(), "the other login ended");
        assertEquals(1, Uploads.number("select count(*) from login_session where user_id = ?1", id), "this one goes on");
        WebClient.loginAs("hasher", "hashed-beforehand").get("/sessions").then().statusCode(200);
    }

    @Test
    void aRefusedChangeHashesNothing() {
        Fixtures.user("refused-hasher", Role.MANAGER);
        WebClient refused = WebClient.loginAs("refused-hasher");
        assertEquals(400, refused.post("/profile/password", Map.of("currentPassword", "not-it", "newPassword",
                "long-enough-new", "repeatPassword", "long-enough-new")).statusCode());
        assertEquals(List.of(), hashing.inTransaction);
        WebClient.loginAs("refused-hasher", "refused-hasher-password");
    }

    @Test
    void anAdminCreatingAnAccountOrResettingAPasswordHashesItOutsideTheTransaction() {
        WebClient admin = WebClient.loginAs("admin");
        admin.post("/admin/users", Map.of("username", "new-hire", "password", "first-password", "role", "engineer"))
                .then().statusCode(303);
        WebClient newHire = WebClient.loginAs("new-hire", "first-password");
        long id = Fixtures.userId("new-hire");

        admin.post("/admin/users/" + id + "/password", Map.of("password", "second-password")).then().statusCode(303);
        assertEquals(List.of(false, false), hashing.inTransaction, "hashed at creation and at reset, never inside");
        assertEquals(302, newHire.get("/sessions").statusCode(), "the login with the old password ended");
        WebClient.loginAs("new-hire", "second-password").get("/sessions").then().statusCode(200);

        String taken = admin.post("/admin/users", Map.of("username", "new-hire", "password", "another-password",
                "role", "manager")).then().statusCode(400).extract().asString();
        assertTrue(taken.contains("This username is taken"), taken);
        assertEquals(2, hashing.inTransaction.size(), "a taken username is refused before any hashing");
    }
}
