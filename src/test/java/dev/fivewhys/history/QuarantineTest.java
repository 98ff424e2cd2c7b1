package dev.fivewhys.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A quarantined test still runs and its results are stored, but its failing results open and reopen no failure, queue
 * no GitHub job and add nothing to the session's failures (what its go/no-go counts); its quarantine ends after the
 * passes it asked for, at expiry, or by hand, each written in its history; CI can ask which tests are quarantined.
 */
@QuarkusTest
class QuarantineTest {

    private static final String KNOWN = "expected 200 got 503 (quarantine known)";
    private static final String FRESH = "socket hang up (quarantine fresh)";

    @Inject
    TestQuarantines quarantines;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + Fixtures.PASSWORD_SUFFIX).contentType("application/json");
    }

    private static long testId(String project, String name) {
        return Uploads.number("select c.id from test_case c join project p on p.id = c.project_id where p.slug = ?1 "
                + "and c.name = ?2", project, name);
    }

    private static long failures(String project, String message) {
        return Uploads.number("select count(*) from failure f join project p on p.id = f.project_id where p.slug = ?1 "
                + "and f.sample_message = ?2", project, message);
    }

    private static long jobs(String project) {
        return Uploads.number("select count(*) from sync_job j join failure f on f.id = j.target_id join project p on "
                + "p.id = f.project_id where j.kind = 'FAILURE' and p.slug = ?1", project);
    }

    private static String quarantine(String until, Integer passes) {
        return "{\"reason\": \"times out on staging under load\", \"owner\": \"alice\", \"until\": \"" + until + "\""
                + (passes == null ? "" : ", \"releaseAfterPasses\": " + passes) + "}";
    }

    @Test
    void aQuarantinedFailingTestOpensNoFailureAndNoGitHubJobUntilItPassesItsWayOut() {
        Fixtures.project("quarantine");
        Uploads.execute("update project set github_auto_severity = 'LOW' where slug = 'quarantine'");
        long first = Fixtures.session("quarantine", "Quarantine: first").session();
        Uploads.api(first, Uploads.report("tests/e2e/test_q.py", new String[] { "test_known", "FAILED", KNOWN },
                new String[] { "test_fresh", "PASSED", null })).then().statusCode(201);
        Uploads.historiesCaughtUp();
        assertEquals(1, failures("quarantine", KNOWN));
        assertEquals(1, jobs("quarantine"), "every failure of this project goes to GitHub");
        Uploads.execute("update failure set status = 'RESOLVED', resolved_at = now() where sample_message = ?1", KNOWN);
        Uploads.execute("delete from sync_job");

        long known = testId("quarantine", "test_known");
        long fresh = testId("quarantine", "test_fresh");
        String until = Instant.now().plus(7, ChronoUnit.DAYS).toString();
        as("engineer").body(quarantine(until, 2)).put("/api/tests/" + known + "/quarantine").then().statusCode(200);
        as("engineer").body(quarantine(until, null)).put("/api/tests/" + fresh + "/quarantine").then().statusCode(200);

        // CI asks what to skip or tolerate
        String listed = as("manager").get("/api/tests?project=quarantine&quarantined=true").then().statusCode(200)
                .extract().asString();
        assertTrue(listed.contains("\"name\":\"test_known\"") && listed.contains("\"name\":\"test_fresh\""), listed);
        assertTrue(listed.contains("\"reason\":\"times out on staging under load\""), listed);
        assertTrue(listed.contains("\"releaseAfterPasses\":2"), listed);

        long second = Fixtures.session("quarantine", "Quarantine: second").session();
        Response upload = Uploads.api(second, Uploads.report("tests/e2e/test_q.py",
                new String[] { "test_known", "FAILED", KNOWN }, new String[] { "test_fresh", "ERRORED", FRESH }));
        upload.then().statusCode(201);
        assertEquals(0, upload.jsonPath().getInt("failuresTouched"), upload.asString());
        assertEquals(1, upload.jsonPath().getInt("totals.failed"), "stored and counted as it ran");
        assertEquals("RESOLVED", Uploads.rows("select status, 0 from failure where sample_message = ?1", KNOWN).get(0)[0],
                "the known failure is not reopened");
        assertEquals(0, failures("quarantine", FRESH), "the new one is not opened");
        assertEquals(0, jobs("quarantine"), "nothing for GitHub");
        assertEquals(0, Uploads.number("select count(*) from failure_occurrence where session_id = ?1", second),
                "the session has no failures: nothing for its go/no-go to count");
        List<String> facts = as("engineer").get("/api/sessions/" + second).then().statusCode(200).extract()
                .path("goNoGo.facts");
        assertTrue(facts.contains("No open failures"), "its go/no-go counts no failure: " + facts);
        assertEquals(2, Uploads.number("select count(*) from test_result r join test_run t on t.id = r.run_id where "
                + "t.session_id = ?1 and r.status in ('FAILED', 'ERRORED') and r.failure_id is null", second),
                "the failing results are stored");

        // two passes in a row end the quarantine of test_known, and its next failure counts again
        for (int i = 0; i < 2; i++) {
            Uploads.api(second, Uploads.report("tests/e2e/test_q.py", new String[] { "test_known", "PASSED", null }))
                    .then().statusCode(201);
        }
        Uploads.historiesCaughtUp();
        assertEquals(List.of("PASSED_OUT", "QUARANTINED"), kinds(known));
        Uploads.api(second, Uploads.report("tests/e2e/test_q.py", new String[] { "test_known", "FAILED", KNOWN },
                new String[] { "test_fresh", "ERRORED", FRESH })).then().statusCode(201);
        assertEquals("OPEN", Uploads.rows("select status, 0 from failure where sample_message = ?1", KNOWN).get(0)[0],
                "out of quarantine, its failure comes back");
        assertEquals(0, failures("quarantine", FRESH), "test_fresh is still quarantined");
        assertEquals(1, jobs("quarantine"));

        String detail = as("manager").get("/api/tests/" + known).then().statusCode(200).extract().asString();
        assertTrue(detail.contains("\"quarantine\":null"), detail);
        assertTrue(detail.contains("\"kind\":\"PASSED_OUT\""), detail);
    }

    @Test
    void aQuarantineEndsAtExpiryOrByHandAndEachChangeIsInTheHistory() {
        long session = Fixtures.session("quarantine-end", "Quarantine: end").session();
        Uploads.api(session, Uploads.report("tests/e2e/test_q.py", new String[] { "test_a", "PASSED", null },
                new String[] { "test_b", "PASSED", null })).then().statusCode(201);
        Uploads.historiesCaughtUp();
        long a = testId("quarantine-end", "test_a");
        long b = testId("quarantine-end", "test_b");
        String until = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        as("engineer").body(quarantine(until, null)).put("/api/tests/" + a + "/quarantine").then().statusCode(200);
        as("engineer").body(quarantine(Instant.now().plus(2, ChronoUnit.DAYS).toString(), null))
                .put("/api/tests/" + a + "/quarantine").then().statusCode(200);
        as("engineer").body(quarantine(until, null)).put("/api/tests/" + b + "/quarantine").then().statusCode(200);
        as("manager").body(quarantine(until, null)).put("/api/tests/" + b + "/quarantine").then().statusCode(403);

        as("engineer").delete("/api/tests/" + b + "/quarantine").then().statusCode(200);
        assertEquals(List.of("RELEASED", "QUARANTINED"), kinds(b));

        // a day and a half later test_a's quarantine is still on; three days later it has expired
        assertEquals(0, quarantines.endExpired(Instant.now().plus(36, ChronoUnit.HOURS)));
        assertEquals(1, quarantines.endExpired(Instant.now().plus(3, ChronoUnit.DAYS)));
        assertEquals(List.of("EXPIRED", "QUARANTINE_CHANGED", "QUARANTINED"), kinds(a));
        assertEquals(0, Uploads.number("select count(*) from test_case where id = ?1 and quarantined_until is not null", a));
    }

    @Test
    void aBadQuarantineIsRefusedNamingItsField() {
        long session = Fixtures.session("quarantine-bad", "Quarantine: bad").session();
        Uploads.api(session, Uploads.report("tests/e2e/test_q.py", new String[] { "test_c", "PASSED", null }))
                .then().statusCode(201);
        Uploads.historiesCaughtUp();
        long c = testId("quarantine-bad", "test_c");
        String future = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        assertRefused(c, "{\"owner\": \"alice\", \"until\": \"" + future + "\"}", "reason: Say why the test is quarantined");
        assertRefused(c, "{\"reason\": \"r\", \"until\": \"" + future + "\"}", "owner: Name who owns the test");
        assertRefused(c, quarantine("2020-01-01T00:00:00Z", null), "until: Choose a time in the future");
        assertRefused(c, quarantine(Instant.now().plus(800, ChronoUnit.DAYS).toString(), null), "until: At most a year");
        assertRefused(c, quarantine(future, 0), "releaseAfterPasses: From 1 to 1,000 passes");
        as("engineer").body("null").put("/api/tests/" + c + "/quarantine").then().statusCode(400);
        as("engineer").body(quarantine(future, null)).put("/api/tests/987654321/quarantine").then().statusCode(404);
        assertEquals(0, Uploads.number("select count(*) from test_case_event where test_case_id = ?1", c));
    }

    private static void assertRefused(long test, String body, String message) {
        Response response = as("engineer").body(body).put("/api/tests/" + test + "/quarantine");
        assertEquals(400, response.statusCode(), response.asString());
        assertTrue(response.asString().contains(message), response.asString());
    }

    private static List<String> kinds(long test) {
        return Uploads.rows("select kind, id from test_case_event where test_case_id = ?1 order by occurred_at desc, id desc",
                test).stream().map(r -> (String) r[0]).toList();
    }
}
