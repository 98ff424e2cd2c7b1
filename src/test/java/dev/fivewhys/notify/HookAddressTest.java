package dev.fivewhys.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.fivewhys.project.Project;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * With private addresses refused, as shipped: an admin cannot make the server post inside its own network, neither by
 * saving such an address nor by a name that points there by the time a notification is sent.
 */
@QuarkusTest
@TestProfile(PrivateAddressesRefused.class)
class HookAddressTest {

    @Inject
    NotificationSender sender;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1/x          | 127.0.0.1 is this server itself (loopback, 127.0.0.0/8)
            http://[::1]/x              | [::1] is this server itself (loopback, ::1)
            http://169.254.169.254/     | 169.254.169.254 is link-local, where clouds answer with their metadata
            http://2130706433/          | 2130706433 is at 127.0.0.1, which is this server itself
            https://u:p@8.8.8.8/hook    | Give the address without a user name or password
            """)
    void anInternalAddressIsRefusedBesideTheAddressAndNothingIsStored(String url, String message) {
        Fixtures.project("hook-refused");
        WebClient admin = WebClient.loginAs("admin", "admin-password");
        admin.get("/projects/hook-refused/notifications").then().statusCode(200);
        Response refused = admin.post("/projects/hook-refused/notifications",
                Map.of("url", url, "secret", "receiver-secret", "events", List.of("FIX_VERIFIED")));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("<p class=\"error\" id=\"url-error\">" + message), refused.asString());
        assertEquals(0L, QuarkusTransaction.requiringNew()
                .call(() -> NotificationHook.count("project.slug = ?1", "hook-refused")));
    }

    @Test
    void anAddressThatIsInternalWhenSendingIsNotSentAndRetriedUntilFailed() {
        Fixtures.project("hook-rebound");
        sender.drain();
        // as if the hook's name had pointed outside when saved and inside now
        long id = QuarkusTransaction.requiringNew().call(() -> {
            NotificationHook hook = new NotificationHook();
            hook.project = Project.findBySlug("hook-rebound").orElseThrow();
            hook.url = "http://127.0.0.1:9/hook";
            hook.secret = "receiver-secret";
            hook.events = "FIX_VERIFIED";
            hook.createdAt = Instant.now();
            hook.persist();
            NotificationDelivery delivery = new NotificationDelivery();
            delivery.hook = hook;
            delivery.event = NotificationEvent.FIX_VERIFIED;
            delivery.payload = "{\"text\": \"Fix verified\"}";
            delivery.nextAttemptAt = Instant.now();
            delivery.createdAt = Instant.now();
            delivery.persist();
            return delivery.id;
        });

        for (int attempt = 1; attempt <= NotificationSender.RETRY_AFTER.size() + 1; attempt++) {
            assertTrue(sender.drain() >= 1);
            NotificationDelivery delivery = QuarkusTransaction.requiringNew()
                    .call(() -> NotificationDelivery.findById(id));
            assertEquals("Attempt " + attempt + ": Not sent: 127.0.0.1 is this server itself (loopback, 127.0.0.0/8):"
                    + " notifications are only sent to public addresses", delivery.lastError);
            assertNull(delivery.responseStatus);
            assertEquals(attempt <= NotificationSender.RETRY_AFTER.size() ? NotificationDelivery.State.PENDING
                    : NotificationDelivery.State.FAILED, delivery.state);
            QuarkusTransaction.requiringNew().run(() -> NotificationDelivery
                    .update("nextAttemptAt = ?1 where id = ?2", Instant.EPOCH, id));
        }
        String page = WebClient.loginAs("admin", "admin-password").get("/projects/hook-rebound/notifications").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Not sent: 127.0.0.1 is this server itself"), page);
    }
}
