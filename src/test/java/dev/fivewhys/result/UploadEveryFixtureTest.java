package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.JUnitFixtures;
import dev.fivewhys.support.JUnitFixtures.Expected;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Every real report of the JUnit fixtures through the CI API: stored with the right counts, or refused whole. */
@QuarkusTest
class UploadEveryFixtureTest {

    private static final List<String> TABLES = List.of("test_run", "test_result", "test_run_suite", "failure",
            "failure_occurrence", "failure_test", "failure_event");

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    static Stream<Expected> accepted() {
        return JUnitFixtures.ACCEPTED.stream();
    }

    static Stream<String> refused() {
        return JUnitFixtures.REFUSED.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void storesEveryCaseWithTheFilesOwnCounts(Expected expected) throws Exception {
        long session = Fixtures.session("fixtures", "Fixture " + expected.file()).session();
        Response response = Uploads.api(session, JUnitFixtures.bytes(expected.file()));
        assertEquals(201, response.statusCode(), response.asString());
        JsonPath json = response.jsonPath();
        long run = json.getLong("runId");
        assertAll(
                () -> assertEquals(expected.tests(), json.getInt("totals.tests"), "tests"),
                () -> assertEquals(expected.passed(), json.getInt("totals.passed"), "passed"),
                () -> assertEquals(expected.failed(), json.getInt("totals.failed"), "failed"),
                () -> assertEquals(expected.errored(), json.getInt("totals.errored"), "errored"),
                () -> assertEquals(expected.skipped(), json.getInt("totals.skipped"), "skipped"),
                () -> assertEquals(expected.tests(), Uploads.number("select count(*) from test_result where run_id = ?1",
                        run), "rows stored"),
                () -> assertEquals(expected.failed() + expected.errored(), Uploads.number("select count(*) from "
                        + "test_result where run_id = ?1 and failure_id is not null", run), "failing rows grouped"),
                () -> assertEquals(expected.tests(), Uploads.number("select coalesce(sum(tests), 0) from test_run_suite "
                        + "where run_id = ?1", run), "suite counts add up"),
                () -> assertEquals(expected.failed() + expected.errored(), Uploads.number("select coalesce(sum("
                        + "occurrences), 0) from failure_occurrence where session_id = ?1", session),
                        "occurrences add up"),
                () -> assertEquals(expected.failed() + expected.errored() == 0, json.getList("failures").isEmpty(),
                        "failures touched"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithAMessageAndStoresNothing(String file) throws Exception {
        long session = Fixtures.session("fixtures", "Refused " + file).session();
        long[] before = counts();
        Response response = Uploads.api(session, JUnitFixtures.bytes(file));
        assertEquals(422, response.statusCode(), response.asString());
        JsonPath json = response.jsonPath();
        assertEquals(422, json.getInt("status"));
        assertTrue(json.getString("message").startsWith(JUnitFixtures.REFUSED.get(file)), json.getString("message"));
        assertTrue(json.getInt("line") > 0, "names the line");
        assertArrayEquals(before, counts(), "nothing stored in " + TABLES);
    }

    @Test
    void deletingASessionDeletesItsRunsWithTheirResults() {
        long session = Fixtures.session("fixtures", "Deleted later").session();
        long run = Uploads.api(session, Uploads.report("tests/a.py", new String[] { "test_1", "PASSED", null },
                new String[] { "test_2", "FAILED", "boom (deletion check)" })).then().statusCode(201).extract()
                .jsonPath().getLong("runId");
        assertEquals(2, Uploads.number("select count(*) from test_result where run_id = ?1", run));
        // test_result has no foreign key to its run (it would cost as much as the insert): a trigger deletes it
        Uploads.execute("delete from test_session where id = ?1", session);
        assertEquals(0, Uploads.number("select count(*) from test_result where run_id = ?1", run));
        assertEquals(0, Uploads.number("select count(*) from failure_occurrence where session_id = ?1", session));
    }

    @Test
    void theUploadIsDocumentedForCi() {
        JsonPath openapi = WebClient.loginAs("manager").get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> upload = openapi.getMap("paths.'/api/sessions/{id}/results'.post");
        assertTrue(upload.toString().contains("application/xml") && upload.toString().contains("text/xml"), "" + upload);
        assertEquals(List.of("Results"), openapi.getList("paths.'/api/sessions/{id}/results'.post.tags"));
        assertEquals(List.of("Failures"), openapi.getList("paths.'/api/failures'.get.tags"));
    }

    static long[] counts() {
        return TABLES.stream().mapToLong(Uploads::count).toArray();
    }
}
