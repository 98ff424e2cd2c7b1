package dev.fivewhys.result;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Race;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;

/** Sharded CI: many jobs post their reports to one session at the same moment, and none of them is lost. */
@QuarkusTest
class ConcurrentUploadTest {

    private static final int JOBS = 20;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void twentyFirstUploadsToOneSessionAllLandWithExactTotals() throws Exception {
        Fixtures.project("sharded");
        // opened the way CI opens one: only a project and a title, no business impact
        long session = given().auth().preemptive().basic("engineer", "engineer-password").contentType("application/json")
                .body(Map.of("project", "sharded", "title", "Sharded CI")).post("/api/sessions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // each job reports the same two failures (one shared signature each) and one passing test
        String report = Uploads.report("tests/e2e/staging/test_shard.py",
                new String[] { "test_login", "FAILED", "expected 200, got 503" },
                new String[] { "test_socket", "ERRORED", "received 1011 (internal error)" },
                new String[] { "test_health", "PASSED" });

        List<Integer> statuses = Race.run(JOBS, () -> Uploads.api(session, report).statusCode());

        assertEquals(JOBS, statuses.stream().filter(s -> s == 201).count(), "every job's upload is stored: " + statuses);
        assertEquals(JOBS, Uploads.number("select count(*) from test_run where session_id = ?1", session));
        assertEquals(JOBS * 3L, Uploads.number("select count(*) from test_result r join test_run t on t.id = r.run_id "
                + "where t.session_id = ?1", session));
        assertEquals(2, Uploads.number("select count(*) from failure f join project p on p.id = f.project_id "
                + "where p.slug = 'sharded'"));
        assertEquals(JOBS * 2L, Uploads.number("select sum(occurrences) from failure f join project p on "
                + "p.id = f.project_id where p.slug = 'sharded'"));
        assertEquals(0, Uploads.number("select version from test_session where id = ?1", session),
                "an upload leaves the session's row alone, so an edit form opened before it is not stale");
        assertTrue(WebClient.loginAs("engineer").get("/sessions/" + session).then().statusCode(200).extract().asString()
                .contains("No business impact recorded."));
    }
}
