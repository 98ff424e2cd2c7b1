package dev.fivewhys.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisRevision;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.followup.OverdueFollowUpJob;
import dev.fivewhys.session.SessionGoNoGoChanged;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.FollowUpFixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Outgoing webhooks received by an HTTP server in this test: signed with HMAC-SHA256 like GitHub's, a body Slack and
 * Teams take as it is, retried after a 500; queued by the four events; the daily overdue job on a fixed day.
 */
@QuarkusTest
class NotificationWebhookTest {

    static final String SECRET = "receiver-shared-secret";

    /** One request the receiver got. */
    record Received(String signature, String event, String body, String host) {
    }

    @Inject
    NotificationSender sender;
    @Inject
    OverdueFollowUpJob overdueJob;
    @Inject
    Event<SessionGoNoGoChanged> goNoGo;
    @Inject
    ObjectMapper json;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** The answers the receiver gives, in turn; 200 once they run out. */
    final List<Integer> answers = new CopyOnWriteArrayList<>();
    final AtomicInteger answered = new AtomicInteger();
    final CountDownLatch endlessClosed = new CountDownLatch(1);

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @BeforeEach
    void startReceiver() throws IOException {
        sender.drain();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst(NotificationSignature.HEADER),
                    exchange.getRequestHeaders().getFirst("X-FiveWhys-Event"), new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Host")));
            int n = answered.getAndIncrement();
            int status = n < answers.size() ? answers.get(n) : 200;
            if (status / 100 == 3) {
                exchange.getResponseHeaders().add("Location", hookUrl() + "/moved");
            }
            byte[] answer = (status == 200 ? "ok" : "receiver is down").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        receiver.createContext("/endless", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0); // chunked, and never finished
            byte[] chunk = "é".repeat(4096).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(chunk); // until the sender closes the connection
                }
            } catch (IOException closed) {
                endlessClosed.countDown();
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    void addHook(String project, String... events) {
        addHookAt(project, hookUrl(), events);
    }

    void addHookAt(String project, String url, String... events) {
        WebClient admin = WebClient.loginAs("admin", "admin-password");
        admin.get("/projects/" + project + "/notifications").then().statusCode(200);
        admin.post("/projects/" + project + "/notifications", Map.of("url", url, "secret", SECRET, "events",
                List.of(events))).then().statusCode(303);
    }

    @Test
    void aRedirectIsTheAnswerNotFollowedAndTheHostIsTheAddressesName() {
        var ids = Fixtures.session("notify-redirect", "ULTIMATE TEST DEPLOY LOOP: redirected");
        String host = "localhost:" + receiver.getAddress().getPort();
        addHookAt("notify-redirect", "http://" + host + "/hook", "SESSION_NO_GO");
        answers.add(302);

        goNoGo.fire(new SessionGoNoGoChanged(ids.session(), "GO", "NO_GO"));
        assertEquals(1, sender.drain());
        assertEquals(1, received.size(), "the address it moved to is not asked");
        assertEquals(host, received.get(0).host(), "sent to the address checked, in the name of the hook's host");
        NotificationDelivery moved = delivery("notify-redirect");
        assertEquals(302, moved.responseStatus);
        assertEquals(NotificationDelivery.State.PENDING, moved.state);
        assertEquals("Attempt 1: HTTP 302", moved.lastError);
    }

    @Test
    void anEndlessAnswerIsReadOnlyAsFarAsItIsKept() throws InterruptedException {
        var ids = Fixtures.session("notify-endless", "ULTIMATE TEST DEPLOY LOOP: endless answer");
        addHookAt("notify-endless", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/endless",
                "SESSION_NO_GO");

        goNoGo.fire(new SessionGoNoGoChanged(ids.session(), "GO", "NO_GO"));
        assertEquals(1, sender.drain());
        NotificationDelivery delivered = delivery("notify-endless");
        assertEquals(NotificationDelivery.State.DELIVERED, delivered.state, () -> delivered.lastError);
        assertEquals("é".repeat(1999) + "…", delivered.responseBody, "the first 2,000 characters are kept");
        assertTrue(endlessClosed.await(10, TimeUnit.SECONDS), "the sender closed the connection");
    }

    @Test
    void aSessionTurningNoGoIsDeliveredSignedAndRetriedAfterA500() throws IOException {
        var ids = Fixtures.session("notify-no-go", "ULTIMATE TEST DEPLOY LOOP: notifications");
        addHook("notify-no-go", "SESSION_NO_GO");
        answers.add(500);

        goNoGo.fire(new SessionGoNoGoChanged(ids.session(), "CONDITIONAL_GO", "NO_GO"));
        goNoGo.fire(new SessionGoNoGoChanged(ids.session(), "NO_GO", "GO"));
        assertEquals(1, sender.drain());
        assertEquals(1, received.size(), "sent once, answered 500");
        NotificationDelivery first = delivery("notify-no-go");
        assertEquals(NotificationDelivery.State.PENDING, first.state);
        assertEquals(500, first.responseStatus);
        assertTrue(first.nextAttemptAt.isAfter(Instant.now().plusSeconds(20)), "retried after a wait, not at once");
        assertEquals(0, sender.drain(), "not due yet");

        QuarkusTransaction.requiringNew().run(() -> NotificationDelivery.update("nextAttemptAt = ?1 where id = ?2",
                Instant.EPOCH, first.id));
        assertEquals(1, sender.drain());
        assertEquals(2, received.size());
        NotificationDelivery delivered = delivery("notify-no-go");
        assertEquals(NotificationDelivery.State.DELIVERED, delivered.state);
        assertEquals(2, delivered.attempts);
        assertEquals("ok", delivered.responseBody);
        assertEquals("Attempt 1: HTTP 500", delivered.lastError);

        for (Received r : received) {
            assertEquals(NotificationSignature.sign(SECRET, r.body().getBytes(StandardCharsets.UTF_8)), r.signature());
            assertEquals("session.no_go", r.event());
        }
        assertEquals("sha256=" + hmacByHand(received.get(1).body()), received.get(1).signature(),
                "the signature a GitHub-style receiver computes");
        JsonNode body = json.readTree(received.get(1).body());
        assertEquals("[Project notify-no-go] Session “ULTIMATE TEST DEPLOY LOOP: notifications” turned NO GO (was "
                + "CONDITIONAL_GO) http://localhost:8080/sessions/" + ids.session(), body.path("text").asText());
        assertEquals("NO_GO", body.path("details").path("current").asText());

        String page = WebClient.loginAs("admin", "admin-password").get("/projects/notify-no-go/notifications").asString();
        assertTrue(page.contains("HTTP 200: <code>ok</code>") && page.contains("Attempt 1: HTTP 500"), page);
        assertTrue(page.contains("<code>http://127.0.0.1:" + receiver.getAddress().getPort() + "/…</code>")
                && !page.contains(hookUrl()), "the address's path (a credential for Slack) is not shown");
    }

    @Test
    void theOverdueJobOnAFixedDayAFailureComingBackAndAVerifiedFixAreEachQueued() throws IOException {
        var chain = AnalysisFixtures.chain("notify-events");
        addHook("notify-events", "FOLLOW_UP_OVERDUE", "FAILURE_RECURRED", "FIX_VERIFIED");
        long due = FollowUpFixtures.followUp(chain.analysis(), "Track cross-module imports", "engineer",
                LocalDate.parse("2025-09-10"));
        long later = FollowUpFixtures.followUp(chain.analysis(), "Alert on 1011", null, LocalDate.parse("2025-09-20"));

        assertEquals(0, overdueJob.run(LocalDate.parse("2025-09-10")), "due today is not overdue yet");
        int first = overdueJob.run(LocalDate.parse("2025-09-11"));
        assertTrue(first >= 1, "the one due yesterday");
        assertEquals(0, overdueJob.run(LocalDate.parse("2025-09-11")), "noted once");
        assertEquals(LocalDate.parse("2025-09-11"), QuarkusTransaction.requiringNew()
                .call(() -> ((FollowUp) FollowUp.findById(due)).overdueNoticedOn));
        assertEquals(null,
                QuarkusTransaction.requiringNew().call(() -> ((FollowUp) FollowUp.findById(later)).overdueNoticedOn));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AnalysisRevision.historyOf(Analysis.findById(chain.analysis()))
                .stream().flatMap(r -> r.lines().stream()).toList())
                .contains("Follow-up #" + due + " became overdue (due 2025-09-10)"));

        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/fixes/" + chain.fix());
        for (String status : List.of("MERGED", "DEPLOYED", "VERIFIED")) {
            engineer.post("/fixes/" + chain.fix() + "/status", Map.of("status", status)).then().statusCode(303);
        }

        String message = "cannot import name 'get_db_session_factory' (notified)";
        long session = Fixtures.session("notify-events", "Before").session();
        long failure = Uploads.api(session, Uploads.report("tests/n.py", new String[] { "test_n", "FAILED", message }))
                .then().statusCode(201).extract().jsonPath().getLong("failures[0].id");
        QuarkusTransaction.requiringNew().run(() -> Failure.<Failure> findById(failure).resolve(Instant.now()));
        Uploads.api(Fixtures.session("notify-events", "After").session(),
                Uploads.report("tests/n.py", new String[] { "test_n", "FAILED", message })).then().statusCode(201);

        sender.drain();
        List<String> events = received.stream().map(Received::event).toList();
        assertTrue(events.contains("follow_up.overdue") && events.contains("fix.verified")
                && events.contains("failure.recurred"), "" + events);
        JsonNode overdue = json.readTree(received.stream().filter(r -> r.event().equals("follow_up.overdue"))
                .map(Received::body).filter(b -> b.contains("Follow-up #" + due + ":")).findFirst().orElseThrow());
        assertTrue(overdue.path("text").asText().endsWith("/follow-ups/" + due), overdue.path("text").asText());
        assertEquals("engineer", overdue.path("details").path("owner").asText());
    }

    @Test
    void onlyHttpAndHttpsAddressesAreTaken() {
        Fixtures.project("notify-refused");
        WebClient admin = WebClient.loginAs("admin", "admin-password");
        admin.get("/projects/notify-refused/notifications");
        Response refused = admin.post("/projects/notify-refused/notifications", Map.of("url", "ftp://example.test/hook",
                "secret", SECRET, "events", List.of("FIX_VERIFIED")));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains(
                "<p class=\"error\" id=\"url-error\">Only http:// and https:// addresses are sent to, not ftp:</p>"));
        Response noEvents = admin.post("/projects/notify-refused/notifications", Map.of("url", "file:///etc/passwd",
                "secret", "short"));
        assertTrue(noEvents.asString().contains("not file:") && noEvents.asString().contains("Choose at least one event")
                && noEvents.asString().contains("A secret of 8 to 200 characters"), noEvents.asString());
        WebClient.loginAs("engineer").get("/projects/notify-refused/notifications").then().statusCode(403);
    }

    private static NotificationDelivery delivery(String project) {
        return QuarkusTransaction.requiringNew().call(() -> NotificationDelivery
                .<NotificationDelivery> find("hook.project.slug = ?1 order by id desc", project).firstResult());
    }

    private static String hmacByHand(String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
