package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A seeded session's results and failures as people see them; who may upload and change what. */
@QuarkusTest
class ResultPagesTest {

    private static final String WS_MESSAGE = "received 1011 (internal error) pages check; then sent 1011";

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    private static long seededSession(String title) {
        long session = Fixtures.session("pages", title).session();
        Uploads.api(session, Uploads.report("tests/e2e/staging/test_priority1_critical_REAL.py",
                new String[] { "test_websocket_connect", "ERRORED", WS_MESSAGE },
                new String[] { "test_websocket_events", "ERRORED", WS_MESSAGE },
                new String[] { "test_agent_answers", "FAILED", "assert 'done' == 'pending' (pages check)" },
                new String[] { "test_login", "PASSED", null })).then().statusCode(201);
        return session;
    }

    @Test
    void managerReadsTheSessionsResultsAndFailures() {
        long session = seededSession("Pages: results");
        WebClient manager = WebClient.loginAs("manager");

        String detail = manager.get("/sessions/" + session).then().statusCode(200).extract().asString();
        assertTrue(detail.contains("href=\"/sessions/" + session + "/results"), "the session links its results");
        assertFalse(detail.contains("enctype=\"multipart/form-data\""), "no upload form for managers");

        String results = manager.get("/sessions/" + session + "/results").then().statusCode(200).extract().asString();
        assertTrue(results.contains("test_websocket_connect"));
        assertTrue(results.contains("test_login"));
        assertTrue(results.contains("websockets.exceptions.ConnectionClosedError: received 1011"), "failures listed");
        assertTrue(results.contains("Failed <span class=\"badge\">1</span>"), results);
        assertTrue(results.contains("Errored <span class=\"badge\">2</span>"));
        assertTrue(results.contains("mark-new"), "first seen in this session");

        String failing = manager.get("/sessions/" + session + "/results?status=ERRORED").asString();
        assertTrue(failing.contains("test_websocket_events"));
        assertFalse(failing.contains("test_login"));
        String searched = manager.get("/sessions/" + session + "/results?q=AGENT").asString();
        assertTrue(searched.contains("test_agent_answers"));
        assertFalse(searched.contains("test_websocket_connect"));
        String bySuite = manager.get("/sessions/" + session + "/results?suite=e2e&status=PASSED").asString();
        assertTrue(bySuite.contains("test_login"));
        assertFalse(bySuite.contains("test_agent_answers"));
        assertEquals(400, manager.get("/sessions/" + session + "/results?status=EXPLODED").statusCode());
        assertEquals(404, manager.get("/sessions/" + session + "/results?run=987654321").statusCode());

        long failureId = failureOf(session, "pages check; then sent");
        String list = manager.get("/failures?project=pages&severity=HIGH").then().statusCode(200).extract().asString();
        assertTrue(list.contains("href=\"/failures/" + failureId + "\""), "the failures list shows it");
        assertTrue(list.contains("href=\"/failures\" aria-current=\"page\">Failures</a>"),
                "in the main navigation, marked as the page shown");
        assertFalse(manager.get("/failures?project=pages&status=RESOLVED").asString()
                .contains("href=\"/failures/" + failureId + "\""));

        String page = manager.get("/failures/" + failureId).then().statusCode(200).extract().asString();
        assertTrue(page.contains(WS_MESSAGE), "sample message");
        assertTrue(page.contains("app/ws.py:88"), "sample trace");
        assertTrue(page.contains("test_websocket_events"), "affected tests");
        assertTrue(page.contains("Pages: results"), "the session it was seen in");
        assertTrue(page.contains("FIRST_SEEN"), "history");
        assertFalse(page.contains("/failures/" + failureId + "/status"), "no status form for managers");
    }

    @Test
    void managersCannotUploadNorChangeAStatus() {
        long session = Fixtures.session("pages", "Pages: manager").session();
        WebClient manager = WebClient.loginAs("manager");
        manager.get("/sessions/" + session + "/results");
        Response upload = manager.postMultipart("/sessions/" + session + "/results", Map.of(), "report", "r.xml",
                Uploads.report("a.py", new String[] { "t", "PASSED", null }).getBytes(StandardCharsets.UTF_8));
        assertEquals(403, upload.statusCode());
        assertEquals(0, Uploads.number("select count(*) from test_run where session_id = ?1", session));
        long failure = Fixtures.failure("pages", "pagesmanager0000000a");
        assertEquals(403, manager.post("/failures/" + failure + "/status", Map.of("status", "RESOLVED")).statusCode());
    }

    @Test
    void engineerUploadsFromThePageAndSeesTheTotalsInTheFlash() {
        long session = Fixtures.session("pages", "Pages: upload").session();
        WebClient engineer = WebClient.loginAs("engineer");
        String detail = engineer.get("/sessions/" + session).asString();
        assertTrue(detail.contains("enctype=\"multipart/form-data\""), "the upload form");
        assertTrue(detail.contains("/static/upload.js"), "with its progress script");

        Response response = engineer.postMultipart("/sessions/" + session + "/results", Map.of("name", "nightly e2e"),
                "report", "junit.xml", Uploads.report("a.py", new String[] { "test_one", "PASSED", null },
                        new String[] { "test_two", "FAILED", "expected 200 got 503 (page upload)" })
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(303, response.statusCode(), response.asString());
        assertTrue(response.header("Location").contains("/sessions/" + session + "/results?run="));
        String page = engineer.get(response.header("Location")).asString();
        assertTrue(page.contains("nightly e2e stored: 2 tests — 1 passed, 1 failed, 0 errored, 0 skipped"), page);
        assertTrue(page.contains("1 failure: 1 new, 0 recurring."), page);
        assertTrue(page.contains("test_two"));
    }

    @Test
    void aRefusedFileComesBackWithItsMessageBesideTheFieldAndNothingStored() {
        long session = Fixtures.session("pages", "Pages: refused").session();
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/" + session + "/results");
        Response response = engineer.postMultipart("/sessions/" + session + "/results", Map.of("name", "kept name"), "report",
                "results.json", "{\"tests\": 3}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        String page = response.asString();
        assertTrue(page.matches("(?s).*id=\"report\".*?<p class=\"error\" id=\"report-error\">This is not an XML file.*"),
                page);
        assertTrue(page.contains("value=\"kept name\""), "the name typed is kept");
        assertEquals(0, Uploads.number("select count(*) from test_run where session_id = ?1", session));

        Response noFile = engineer.postMultipart("/sessions/" + session + "/results", Map.of(), "report", "",
                new byte[0]);
        assertEquals(400, noFile.statusCode());
        assertTrue(noFile.asString().contains("Choose the JUnit XML report to upload"));
    }

    @Test
    void engineerChangesAFailuresStatus() {
        long session = seededSession("Pages: status");
        long failureId = failureOf(session, "pages check; then sent");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + failureId);
        assertEquals(400, engineer.post("/failures/" + failureId + "/status", Map.of("status", "DONE")).statusCode());
        Response response = engineer.post("/failures/" + failureId + "/status",
                Map.of("status", "RESOLVED", "note", "fixed by PR #156"));
        assertEquals(303, response.statusCode());
        Failure failure = QuarkusTransaction.requiringNew().call(() -> Failure.findById(failureId));
        assertEquals(FailureStatus.RESOLVED, failure.status);
        String page = engineer.get("/failures/" + failureId).asString();
        assertTrue(page.contains("Open → Resolved: fixed by PR #156"), page);
    }

    private static long failureOf(long session, String messagePart) {
        return Uploads.number("select f.id from failure f join failure_occurrence o on o.failure_id = f.id "
                + "where o.session_id = ?1 and f.sample_message like ?2", session, "%" + messagePart + "%");
    }
}
