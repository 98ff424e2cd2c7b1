package dev.fivewhys.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Each resource of the API lists with filters and pages, as a tool reads it; a bad filter is a 400 naming it. */
@QuarkusTest
class ApiListsTest {

    static Chain chain;
    static long first;
    static long second;

    // once, before the first test: the HTTP port is known only once a test runs
    @BeforeEach
    void records() {
        if (chain != null) {
            return;
        }
        Fixtures.standardUsers();
        chain = AnalysisFixtures.chain("api-lists");
        first = Fixtures.session("api-lists", "Lists: first").session();
        second = Fixtures.session("api-lists", "Lists: second").session();
        Uploads.execute("update test_session set status = 'RUNNING', started_at = '2026-11-20T10:00:00Z' where id = ?1",
                second);
        given().auth().preemptive().basic("engineer", "engineer" + Fixtures.PASSWORD_SUFFIX).contentType("application/xml")
                .queryParam("commit", "abcdef12345").queryParam("branch", "main").body(Uploads.report("tests/e2e/test_l.py",
                        new String[] { "test_listed", "PASSED", null }))
                .post("/api/sessions/" + first + "/results").then().statusCode(201);
        Uploads.historiesCaughtUp();
    }

    private static Response list(String path) {
        Response response = given().auth().preemptive().basic("manager", "manager" + Fixtures.PASSWORD_SUFFIX).get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.asString());
        return response;
    }

    private static List<Long> ids(String path) {
        return list(path).jsonPath().getList("items.id", Long.class);
    }

    @Test
    void sessionsByProjectStatusAndDateRangeInPages() {
        assertEquals(List.of(second), ids("/api/sessions?project=api-lists&status=RUNNING"));
        assertEquals(List.of(second), ids("/api/sessions?project=api-lists&from=2026-11-01T00:00:00Z"));
        assertTrue(ids("/api/sessions?project=api-lists&to=2026-11-01T00:00:00Z").contains(first));
        Response paged = list("/api/sessions?project=api-lists&size=1&page=2");
        assertEquals(1, paged.jsonPath().getList("items").size());
        assertEquals(2, paged.jsonPath().getInt("page"));
        assertTrue(paged.jsonPath().getLong("total") >= 2);
        assertBad("/api/sessions?status=EXPLODED", "status: unknown value EXPLODED");
        assertBad("/api/sessions?from=yesterday", "from: an instant such as");
    }

    @Test
    void runsByCommitBranchAndSession() {
        assertEquals(1, ids("/api/runs?project=api-lists&commit=ABCDEF12345").size());
        assertEquals(1, ids("/api/runs?session=" + first + "&branch=main").size());
        assertEquals(List.of(), ids("/api/runs?project=api-lists&branch=other"));
        assertEquals("abcdef12345", list("/api/runs?session=" + first).jsonPath().getString("items[0].context.commit"));
    }

    @Test
    void analysesFixesAuditsAndStabilityValidations() {
        assertEquals(List.of(chain.analysis()), ids("/api/analyses?failure=" + chain.failure()));
        assertEquals(List.of(chain.analysis()), ids("/api/analyses?project=api-lists&status=COMPLETE"));
        assertEquals(List.of(), ids("/api/analyses?failure=" + chain.failure() + "&status=DRAFT"));
        assertBad("/api/analyses?status=DONE", "status: unknown value DONE");

        assertEquals(List.of(chain.fix()), ids("/api/fixes?analysis=" + chain.analysis() + "&status=PROPOSED"));
        assertEquals(List.of(), ids("/api/fixes?analysis=" + chain.analysis() + "&status=MERGED"));
        assertEquals(List.of(), ids("/api/fixes?analysis=" + chain.analysis() + "&pullRequest=156"));

        assertEquals(List.of(chain.audit()), ids("/api/audits?fix=" + chain.fix()));
        assertEquals(List.of(chain.stability()), ids("/api/stability-validations?fix=" + chain.fix()));
        assertEquals(List.of(), ids("/api/audits?fix=" + chain.fix() + "&from=2999-01-01T00:00:00Z"));
    }

    @Test
    void testsByProject() {
        assertEquals(1, ids("/api/tests?project=api-lists").size());
        assertEquals(1, ids("/api/tests?project=api-lists&flaky=false&quarantined=false&q=LISTED").size());
        assertBad("/api/tests?quarantined=maybe", "quarantined is true or false");
    }

    private static void assertBad(String path, String message) {
        Response response = given().auth().preemptive().basic("manager", "manager" + Fixtures.PASSWORD_SUFFIX).get(path);
        assertEquals(400, response.statusCode(), path);
        assertTrue(response.asString().contains(message), response.asString());
    }
}
