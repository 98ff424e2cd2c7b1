package dev.fivewhys.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.FollowUpFixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A failure that comes back while its analysis's follow-ups are open says "prevention not done" and lists them. */
@QuarkusTest
class PreventionNotDoneTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void aRecurrenceWithOpenFollowUpsSaysPreventionNotDoneAndListsThem() {
        String message = "cannot import name 'get_db_session_factory' (prevention check)";
        long failure = failureSeenThenResolved(message);
        long analysis = Api.engineer().body(Map.of("failureId", failure, "problemStatement", "Import broke"))
                .post("/api/analyses").then().statusCode(201).extract().jsonPath().getLong("id");
        long open = FollowUpFixtures.followUp(analysis, "Implement cross-module dependency tracking", "engineer",
                LocalDate.parse("2025-09-30"));
        FollowUpFixtures.followUp(analysis, "Fix the import", null, null, FollowUpStatus.DONE);
        String before = WebClient.loginAs("manager").get("/failures/" + failure).asString();
        assertFalse(before.contains("Prevention not done"), "it has not come back yet");

        long later = Fixtures.session("prevention", "After the fix").session();
        Uploads.api(later, Uploads.report("tests/a.py", new String[] { "test_db", "FAILED", message })).then()
                .statusCode(201);

        String page = WebClient.loginAs("manager").get("/failures/" + failure).asString();
        assertTrue(page.contains("<h2>Prevention not done</h2>"), page);
        assertTrue(page.contains("#" + open + " Implement cross-module dependency tracking"), "the open one is listed");
        assertFalse(page.contains("Fix the import</a>"), "the done one is not");
        assertEquals(List.of("Came back while prevention was not done: Follow-up #" + open
                + ": Implement cross-module dependency tracking"), Uploads
                        .rows("select note, 1 from failure_event "
                                + "where failure_id = ?1 and kind = 'PREVENTION_NOT_DONE'", failure)
                        .stream()
                        .map(r -> (String) r[0]).toList());
    }

    @Test
    void aRecurrenceWhosePreventionIsDoneSaysNothingOfTheKind() {
        String message = "cannot import name 'get_database_manager' (prevention done)";
        long failure = failureSeenThenResolved(message);
        long analysis = Api.engineer().body(Map.of("failureId", failure, "problemStatement", "Import broke"))
                .post("/api/analyses").then().statusCode(201).extract().jsonPath().getLong("id");
        FollowUpFixtures.followUp(analysis, "Track dependencies", null, null, FollowUpStatus.DONE);
        long later = Fixtures.session("prevention", "After the fix").session();
        Uploads.api(later, Uploads.report("tests/b.py", new String[] { "test_db", "FAILED", message })).then()
                .statusCode(201);
        String page = WebClient.loginAs("manager").get("/failures/" + failure).asString();
        assertTrue(page.contains("recurring: came back"), "it did come back");
        assertFalse(page.contains("Prevention not done"));
    }

    private static long failureSeenThenResolved(String message) {
        long first = Fixtures.session("prevention", "Before the fix").session();
        long failure = Uploads.api(first, Uploads.report("tests/a.py", new String[] { "test_db", "FAILED", message }))
                .then().statusCode(201).extract().jsonPath().getLong("failures[0].id");
        QuarkusTransaction.requiringNew().run(() -> Failure.<Failure> findById(failure).resolve(Instant.now()));
        return failure;
    }
}
