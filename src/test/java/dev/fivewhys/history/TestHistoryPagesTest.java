package dev.fivewhys.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A test's page and API resource: its latest results across sessions as a strip, pass rate, median duration. */
@QuarkusTest
class TestHistoryPagesTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    private static void upload(long session, String commit, String status, double seconds) {
        String report = "<testsuite name=\"e2e\"><testcase classname=\"tests.e2e.History\" name=\"test_history\" "
                + "file=\"tests/e2e/test_history.py\" time=\"" + seconds + "\">"
                + (status.equals("PASSED") ? "" : "<failure message=\"flaky ws (history)\" type=\"AssertionError\"/>")
                + "</testcase></testsuite>";
        given().auth().preemptive().basic("engineer", "engineer" + Fixtures.PASSWORD_SUFFIX)
                .contentType("application/xml").queryParam("commit", commit).queryParam("branch", "main")
                .queryParam("environment", "staging").body(report).post("/api/sessions/" + session + "/results")
                .then().statusCode(201);
        Uploads.historiesCaughtUp();
    }

    @Test
    void aTestsHistorySpansSessionsWithItsPassRateAndMedianDuration() {
        long first = Fixtures.session("history", "History: first").session();
        long second = Fixtures.session("history", "History: second").session();
        upload(first, "aaaaaaa1", "PASSED", 1.0);
        upload(first, "aaaaaaa1", "FAILED", 3.0); // same commit: flaky
        upload(second, "bbbbbbb2", "PASSED", 2.0);
        upload(second, "bbbbbbb2", "PASSED", 10.0);
        long id = Uploads.number("select c.id from test_case c join project p on p.id = c.project_id "
                + "where p.slug = 'history' and c.name = 'test_history'");

        Response api = given().auth().preemptive().basic("manager", "manager" + Fixtures.PASSWORD_SUFFIX)
                .get("/api/tests/" + id);
        api.then().statusCode(200);
        assertEquals(75, api.jsonPath().getInt("passRatePercent"), api.asString());
        assertEquals(2500, api.jsonPath().getLong("medianDurationMs"));
        assertEquals(List.of("PASSED", "FAILED", "PASSED", "PASSED"), api.jsonPath().getList("outcomes.status"));
        assertEquals(List.of(first, first, second, second),
                api.jsonPath().getList("outcomes.sessionId", Long.class));
        assertEquals("aaaaaaa1", api.jsonPath().getString("outcomes[0].commit"));
        assertEquals("staging", api.jsonPath().getString("outcomes[3].environment"));
        assertTrue(api.jsonPath().getBoolean("test.flaky"));
        assertEquals("passed and failed on commit aaaaaaa1", api.jsonPath().getString("test.flakyReason"));

        WebClient manager = WebClient.loginAs("manager");
        String page = manager.get("/tests/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<strong>75%</strong> passed of the latest 4"), page);
        assertTrue(page.contains("median duration <strong>2500 ms</strong>"), page);
        assertTrue(page.matches("(?s).*outcome-strip.*outcome-PASSED.*outcome-FAILED.*outcome-PASSED.*outcome-PASSED.*"),
                "the strip, oldest first");
        assertTrue(page.contains("href=\"/sessions/" + first + "/results?run="), "each result links its run");
        assertTrue(page.contains("passed and failed on commit aaaaaaa1"));
        assertFalse(page.contains("action=\"/tests/" + id + "/quarantine\""), "managers get no quarantine form");

        String flaky = manager.get("/tests?project=history&flaky=true").then().statusCode(200).extract().asString();
        assertTrue(flaky.contains("href=\"/tests/" + id + "\""), flaky);
        assertFalse(manager.get("/tests?project=history&flaky=false").asString().contains("href=\"/tests/" + id + "\""));
        assertEquals(400, manager.get("/tests?flaky=maybe").statusCode());
    }

    @Test
    void anEngineerQuarantinesFromThePageAndABadValueComesBackBesideItsField() {
        long session = Fixtures.session("history-form", "History: form").session();
        upload(session, "ccccccc3", "FAILED", 1.0);
        long id = Uploads.number("select c.id from test_case c join project p on p.id = c.project_id "
                + "where p.slug = 'history-form'");
        WebClient engineer = WebClient.loginAs("engineer");
        String page = engineer.get("/tests/" + id).asString();
        assertTrue(page.contains("action=\"/tests/" + id + "/quarantine\""));

        Response bad = engineer.post("/tests/" + id + "/quarantine",
                Map.of("reason", "", "owner", "bob", "until", "next week", "releaseAfterPasses", "3"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("id=\"until-error\">Give a date and time"), bad.asString());
        assertTrue(bad.asString().contains("value=\"bob\""), "typed values are kept");

        Response missingReason = engineer.post("/tests/" + id + "/quarantine",
                Map.of("reason", "", "owner", "bob", "until", "2099-01-01T10:00"));
        assertEquals(400, missingReason.statusCode());
        assertTrue(missingReason.asString().contains("id=\"reason-error\">Say why the test is quarantined"));

        Response ok = engineer.post("/tests/" + id + "/quarantine", Map.of("reason", "ws <flaky> on staging", "owner",
                "bob", "until", java.time.LocalDateTime.now().plusDays(3).withNano(0).toString().substring(0, 16)));
        assertEquals(303, ok.statusCode(), ok.asString());
        String after = engineer.get("/tests/" + id).asString();
        assertTrue(after.contains("owned by <strong>bob</strong>: ws &lt;flaky&gt; on staging"), after);
        assertTrue(after.contains("Quarantined: ws &lt;flaky&gt; on staging (owner bob"), "in its history");
        assertEquals(303, engineer.post("/tests/" + id + "/release", Map.of()).statusCode());
        assertTrue(engineer.get("/tests/" + id).asString().contains("Quarantine ended"));
    }

    @Test
    void aTestsHistoryIsReadThroughItsIndex() {
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> lines = em.createNativeQuery("explain select r.id from test_result r where "
                    + TestKeys.of("r") + " = 'abc' order by r.id desc limit 30").getResultList();
            return String.join("\n", lines);
        });
        // each monthly partition carries the index under its own name (test_result_yYYYYmMM_md5_id_idx)
        assertTrue(plan.contains("Index Scan") && !plan.contains("Seq Scan"), plan);
    }
}
