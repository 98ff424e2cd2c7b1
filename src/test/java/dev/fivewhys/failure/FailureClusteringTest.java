package dev.fivewhys.failure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.project.Severity;
import dev.fivewhys.result.ResultsIngested;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.RecordedEvents;
import dev.fivewhys.support.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Failing results become failures through real uploads: grouped by signature, counted, reopened. */
@QuarkusTest
class FailureClusteringTest {

    private static final String PLANNED_FILE = "tests/e2e/staging/test_priority1_critical_REAL.py";

    @Inject
    RecordedEvents events;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void messagesDifferingOnlyInIdsAndTimesAreOneFailure() {
        long session = Fixtures.session("clusters", "Ids and times").session();
        JsonPath json = Uploads.api(session, Uploads.report("tests/e2e/other.py",
                new String[] { "test_a", "FAILED", "Request 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d for user 'usr_8f3kz92a1' "
                        + "timed out at 2025-09-09T23:05:11Z after 30s (trace 4bf92f3577b34da6)" },
                new String[] { "test_b", "FAILED", "Request 1c8e4a2f-0d3b-4e5f-8a9b-7c6d5e4f3a2b for user 'usr_77aa01bq3' "
                        + "timed out at 2025-09-10T01:15:42Z after 31s (trace a3ce929d0e0e4736)" },
                new String[] { "test_c", "FAILED", "Request 6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f for user 'usr_0c9d8e7f6' "
                        + "timed out at 2025-09-11T08:00:00Z after 2500ms (trace 00f067aa0ba902b7)" },
                new String[] { "test_ok", "PASSED", null })).then().statusCode(201).extract().jsonPath();
        assertEquals(1, json.getInt("failuresTouched"), json.prettify());
        assertEquals(1, json.getInt("newFailures"));
        assertEquals("NEW", json.getString("failures[0].seen"));
        assertEquals(3, json.getLong("failures[0].occurrencesInRun"));
        Failure failure = load(json.getLong("failures[0].id"));
        assertEquals(3, failure.occurrences);
        assertEquals(3, failure.affectedTests);
        assertEquals(Severity.MEDIUM, failure.severity, "no planned suite matches");
        assertTrue(failure.sampleMessage.startsWith("Request 9b1deb4d-3b7d"), "the first result is the sample");
        assertEquals("AssertionError: Request <uuid> for user '<id>' timed out at <timestamp> after <duration> "
                + "(trace <hex>)", failure.signature);
        List<String> keys = Uploads.rows("select test_key, test_key from failure_test where failure_id = ?1 order by 1",
                failure.id).stream().map(r -> (String) r[0]).toList();
        assertEquals(List.of(ResultsIngested.testKey("tests.e2e.Staging", "test_a"),
                ResultsIngested.testKey("tests.e2e.Staging", "test_b"),
                ResultsIngested.testKey("tests.e2e.Staging", "test_c")), keys);
        assertEquals(1, Uploads.number("select count(*) from failure_event where failure_id = ?1 and kind = 'FIRST_SEEN' "
                + "and session_id = ?2", failure.id, session));
    }

    @Test
    void webSocketCloseCodes1011And1006AreTwoFailures() {
        long session = Fixtures.session("clusters", "Close codes").session();
        JsonPath json = Uploads.api(session, Uploads.report(PLANNED_FILE,
                new String[] { "test_ws_1", "ERRORED", "received 1011 (internal error); then sent 1011 (internal error)" },
                new String[] { "test_ws_2", "ERRORED", "received 1006 (connection closed abnormally); then sent 1006" },
                new String[] { "test_ws_3", "ERRORED", "received 1011 (internal error); then sent 1011 (internal error)" }))
                .then().statusCode(201).extract().jsonPath();
        assertEquals(2, json.getInt("failuresTouched"), json.prettify());
        assertEquals(List.of(2L, 1L), json.getList("failures.occurrencesInRun", Long.class));
        // the planned suite's phase is P1
        assertEquals(List.of("HIGH", "HIGH"), json.getList("failures.severity", String.class));
    }

    @Test
    void aResolvedFailureSeenAgainIsReopenedAndMarkedRecurring() {
        String message = "cannot import name 'get_db_session_factory' from 'netra_backend.app.db' (recurrence check)";
        long first = Fixtures.session("recurrence", "Before the fix").session();
        long failureId = Uploads.api(first, Uploads.report("tests/a.py", new String[] { "test_db", "FAILED", message }))
                .then().statusCode(201).extract().jsonPath().getLong("failures[0].id");
        QuarkusTransaction.requiringNew().run(() -> Failure.<Failure> findById(failureId).resolve(java.time.Instant.now()));

        long second = Fixtures.session("recurrence", "After the fix").session();
        JsonPath json = Uploads.api(second, Uploads.report("tests/a.py", new String[] { "test_db", "FAILED", message },
                new String[] { "test_db_2", "FAILED", message })).then().statusCode(201).extract().jsonPath();
        assertEquals(failureId, json.getLong("failures[0].id"), "the same failure, not a new one");
        assertEquals("RECURRING", json.getString("failures[0].seen"));
        assertTrue(json.getBoolean("failures[0].reopened"));
        assertEquals(1, json.getInt("reopenedFailures"));

        Failure failure = load(failureId);
        assertEquals(FailureStatus.OPEN, failure.status);
        assertTrue(failure.recurring);
        assertNull(failure.resolvedAt);
        assertEquals(3, failure.occurrences);
        assertEquals(2, failure.affectedTests);
        assertEquals(List.of(first, second), Uploads.rows("select session_id, occurrences from failure_occurrence "
                + "where failure_id = ?1 order by session_id", failureId).stream().map(r -> ((Number) r[0]).longValue())
                .toList());
        assertEquals(1, Uploads.number("select count(*) from failure_event where failure_id = ?1 and kind = 'REOPENED' "
                + "and session_id = ?2", failureId, second));

        RecordedEvents.Seen seen = events.ofRun(json.getLong("runId"));
        assertTrue(seen.inTransaction(), "fired inside the upload's transaction");
        assertEquals(List.of(failureId), seen.event().reopenedFailureIds());
        assertEquals(List.of(failureId), seen.event().touchedFailureIds());
        assertEquals(second, seen.event().sessionId());

        // an open failure seen again just counts
        JsonPath third = Uploads.api(second, Uploads.report("tests/a.py", new String[] { "test_db", "FAILED", message }))
                .then().statusCode(201).extract().jsonPath();
        assertFalse(third.getBoolean("failures[0].reopened"));
        assertEquals(4, load(failureId).occurrences);
    }

    @Test
    void severityKeepsTheWorstOfThePlannedPhase() {
        long session = Fixtures.session("severity", "Severity").session();
        String message = "Golden path: agent response missing (severity check)";
        JsonPath json = Uploads.api(session, Uploads.report("tests/e2e/unplanned.py",
                new String[] { "test_x", "FAILED", message })).then().statusCode(201).extract().jsonPath();
        assertEquals("MEDIUM", json.getString("failures[0].severity"));
        json = Uploads.api(session, Uploads.report("/home/runner/work/app/" + PLANNED_FILE,
                new String[] { "test_x", "FAILED", message })).then().statusCode(201).extract().jsonPath();
        assertEquals("HIGH", json.getString("failures[0].severity"), "the P1 suite, matched by path suffix");
        json = Uploads.api(session, Uploads.report("tests/e2e/unplanned.py",
                new String[] { "test_x", "FAILED", message })).then().statusCode(201).extract().jsonPath();
        assertEquals("HIGH", json.getString("failures[0].severity"), "the worst is kept");
    }

    @Test
    void twoUploadsAtOnceMakeNoDuplicatesAndLoseNoCounts() throws Exception {
        long a = Fixtures.session("concurrent", "Upload A").session();
        long b = Fixtures.session("concurrent", "Upload B").session();
        String[][] report = new String[300][];
        for (int i = 0; i < report.length; i++) {
            // 30 signatures, each in 10 tests
            report[i] = new String[] { "test_" + i, "FAILED", "concurrency check " + i % 30 };
        }
        byte[] body = Uploads.report("tests/c.py", report).getBytes();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> await(start, () -> Uploads.api(a, body)));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> await(start, () -> Uploads.api(b, body)));
        start.countDown();
        assertEquals(201, first.get());
        assertEquals(201, second.get());
        long project = Fixtures.project("concurrent").id;
        assertEquals(30, Uploads.number("select count(*) from failure where project_id = ?1", project));
        assertEquals(600, Uploads.number("select sum(occurrences) from failure where project_id = ?1", project));
        assertEquals(30, Uploads.number("select count(*) from failure_event where kind = 'FIRST_SEEN' and failure_id in "
                + "(select id from failure where project_id = ?1)", project), "each failure was created once");
        assertEquals(List.of(10L), Uploads.rows("select distinct affected_tests, 0 from failure where project_id = ?1",
                project).stream().map(r -> ((Number) r[0]).longValue()).toList());
        assertEquals(List.of(20L), Uploads.rows("select distinct occurrences, 0 from failure where project_id = ?1",
                project).stream().map(r -> ((Number) r[0]).longValue()).toList());
        assertEquals(300, Uploads.number("select sum(occurrences) / 2 from failure_test where failure_id in "
                + "(select id from failure where project_id = ?1)", project));
        // the upload whose insert of a failure lost to the other's wrote its rows with an id drawn for it: they moved
        assertEquals(600, Uploads.number("select count(*) from test_result r join failure f on f.id = r.failure_id "
                + "where f.project_id = ?1", project), "every failing result names one of the project's failures");
    }

    @Test
    void resultsOfNewFailuresAreWrittenWithTheirFailureAndNotUpdatedAfterwards() {
        long session = Fixtures.session("written-once", "New failures").session();
        // updating the failing rows of a month's partition once the failures exist took longer than the rest of grouping
        Uploads.execute("create table result_updates (id bigint)");
        Uploads.execute("create function result_updated() returns trigger language plpgsql as $$ begin "
                + "insert into result_updates values (new.id); return null; end $$");
        Uploads.execute("create trigger result_updated after update on test_result for each row "
                + "execute function result_updated()");
        try {
            JsonPath json = Uploads.api(session, Uploads.report("tests/once.py",
                    new String[] { "test_a", "FAILED", "first kind" },
                    new String[] { "test_b", "ERRORED", "second kind" },
                    new String[] { "test_c", "FAILED", "first kind" },
                    new String[] { "test_ok", "PASSED", null })).then().statusCode(201).extract().jsonPath();
            assertEquals(2, json.getInt("newFailures"), json.prettify());
            assertEquals(0, Uploads.count("result_updates"), "no stored result was written twice");
        } finally {
            Uploads.execute("drop trigger result_updated on test_result");
            Uploads.execute("drop function result_updated()");
            Uploads.execute("drop table result_updates");
        }
        long project = Fixtures.project("written-once").id;
        assertEquals(3, Uploads.number("select count(*) from test_result r join failure f on f.id = r.failure_id "
                + "and f.signature_hash = r.signature_hash where f.project_id = ?1", project));
        assertEquals(List.of(2L, 1L), Uploads.rows("select occurrences, affected_tests from failure where project_id = ?1 "
                + "order by occurrences desc", project).stream().map(r -> ((Number) r[0]).longValue()).toList());
    }

    @Test
    void anUploadOfKnownAndNewFailuresCountsEachTestOnceAndADeletedFailureTakesItsTests() {
        long session = Fixtures.session("known-and-new", "Known and new").session();
        Uploads.api(session, Uploads.report("tests/mix.py", new String[] { "test_a", "FAILED", "known kind" },
                new String[] { "test_ok", "PASSED", null })).then().statusCode(201);
        // the known failure's tests are added to (test_a) and joined (test_d); the new one's are written afresh
        Uploads.api(session, Uploads.report("tests/mix.py", new String[] { "test_a", "FAILED", "known kind" },
                new String[] { "test_d", "FAILED", "known kind" }, new String[] { "test_e", "ERRORED", "new kind" },
                new String[] { "test_ok", "PASSED", null })).then().statusCode(201);
        long project = Fixtures.project("known-and-new").id;
        List<String> tests = Uploads.rows("select f.sample_message || ' ' || t.test_key || ' ' || t.occurrences || ' ' "
                + "|| f.affected_tests, 0 from failure_test t join failure f on f.id = t.failure_id where f.project_id = ?1 "
                + "order by 1", project).stream().map(r -> (String) r[0]).toList();
        assertEquals(List.of("known kind tests.e2e.Staging#test_a 2 2", "known kind tests.e2e.Staging#test_d 1 2",
                "new kind tests.e2e.Staging#test_e 1 1"), tests);
        // failure_test has no foreign key (V16_11): a trigger takes a deleted failure's tests with it
        long failure = Uploads.number("select id from failure where project_id = ?1 and sample_message = 'new kind'",
                project);
        Uploads.execute("delete from failure where id = ?1", failure);
        assertEquals(0, Uploads.number("select count(*) from failure_test where failure_id = ?1", failure));
        assertEquals(2, Uploads.number("select count(*) from failure_test t join failure f on f.id = t.failure_id "
                + "where f.project_id = ?1", project));
    }

    @Test
    void theFailuresApiListsThemByImpact() {
        long session = Fixtures.session("api-list", "API list").session();
        Uploads.api(session, Uploads.report(PLANNED_FILE, new String[] { "test_1", "FAILED", "api list: planned suite" }))
                .then().statusCode(201);
        Uploads.api(session, Uploads.report("tests/other.py", new String[] { "test_2", "FAILED", "api list: seen twice" },
                new String[] { "test_3", "FAILED", "api list: seen twice" },
                new String[] { "test_4", "FAILED", "api list: seen once" })).then().statusCode(201);
        JsonPath list = given().auth().preemptive().basic("manager", "manager-password")
                .get("/api/failures?project=api-list").then().statusCode(200).extract().jsonPath();
        assertEquals(3, list.getInt("total"));
        assertEquals(List.of("HIGH", "MEDIUM", "MEDIUM"), list.getList("items.severity", String.class));
        assertEquals(List.of(1, 2, 1), list.getList("items.occurrences", Integer.class), "severity, then occurrences");
        assertEquals(2, given().auth().preemptive().basic("manager", "manager-password")
                .get("/api/failures?project=api-list&severity=MEDIUM&status=OPEN&recurring=false&size=1").then()
                .statusCode(200).extract().jsonPath().getInt("total"));
        given().auth().preemptive().basic("manager", "manager-password").get("/api/failures?status=DONE").then()
                .statusCode(400).body("message", org.hamcrest.Matchers.containsString("DONE"));
    }

    private static int await(CountDownLatch start, java.util.function.Supplier<io.restassured.response.Response> upload) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return upload.get().statusCode();
    }

    private static Failure load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Failure.findById(id));
    }
}
