package dev.fivewhys.result;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** CI says where a report comes from (commit, branch, job, environment); the run keeps it and shows it. */
@QuarkusTest
class RunContextTest {

    private static final String REPORT = Uploads.report("tests/e2e/test_context.py",
            new String[] { "test_ok", "PASSED", null });

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    private static RequestSpecification engineer() {
        return given().auth().preemptive().basic("engineer", "engineer" + Fixtures.PASSWORD_SUFFIX)
                .contentType("application/xml").body(REPORT);
    }

    @Test
    void queryParametersAreStoredOnTheRunAndShown() {
        long session = Fixtures.session("context", "Context: query").session();
        Response response = engineer().queryParam("name", "nightly").queryParam("commit", "8365F3012ABCDEF")
                .queryParam("branch", "fix/ws-1011").queryParam("job", "e2e-staging #42")
                .queryParam("jobUrl", "https://ci.example.com/jobs/42").queryParam("environment", "staging")
                .post("/api/sessions/" + session + "/results");
        assertEquals(201, response.statusCode(), response.asString());
        List<Object[]> rows = Uploads.rows("select commit_sha, branch, ci_job, ci_job_url, environment from test_run "
                + "where session_id = ?1", session);
        assertEquals(List.of("8365f3012abcdef", "fix/ws-1011", "e2e-staging #42", "https://ci.example.com/jobs/42",
                "staging"), List.of(rows.get(0)));

        String runs = given().auth().preemptive().basic("manager", "manager" + Fixtures.PASSWORD_SUFFIX)
                .get("/api/sessions/" + session + "/results").then().statusCode(200).extract().asString();
        assertTrue(runs.contains("\"commit\":\"8365f3012abcdef\""), runs);
        assertTrue(runs.contains("\"environment\":\"staging\""), runs);

        String page = WebClient.loginAs("manager").get("/sessions/" + session + "/results").asString();
        assertTrue(page.contains("<code title=\"8365f3012abcdef\">8365f3012abc</code>"), page);
        assertTrue(page.contains("<code>fix/ws-1011</code>"));
        assertTrue(page.contains("<a href=\"https://ci.example.com/jobs/42\" rel=\"noopener noreferrer\">e2e-staging #42</a>"));
    }

    @Test
    void headersWorkToo() {
        long session = Fixtures.session("context", "Context: headers").session();
        engineer().header("X-Commit-SHA", "abcdef1").header("X-Branch", "main").header("X-CI-Job", "shard 3")
                .header("X-Environment", "prod-like").post("/api/sessions/" + session + "/results").then()
                .statusCode(201);
        List<Object[]> rows = Uploads.rows("select commit_sha, branch, ci_job, environment from test_run "
                + "where session_id = ?1", session);
        assertEquals(List.of("abcdef1", "main", "shard 3", "prod-like"), List.of(rows.get(0)));
    }

    @Test
    void aBadValueIsRefusedNamingItsFieldAndNothingIsStored() {
        long session = Fixtures.session("context", "Context: refused").session();
        Response commit = engineer().queryParam("commit", "not-a-sha").post("/api/sessions/" + session + "/results");
        assertEquals(400, commit.statusCode());
        assertTrue(commit.asString().contains("commit: a commit SHA is 7 to 64 hexadecimal digits"), commit.asString());
        Response url = engineer().queryParam("jobUrl", "javascript:alert(1)").post("/api/sessions/" + session + "/results");
        assertEquals(400, url.statusCode());
        assertTrue(url.asString().contains("jobUrl: give the CI job's http:// or https:// address"));
        Response branch = engineer().header("X-Branch", "b".repeat(300)).post("/api/sessions/" + session + "/results");
        assertEquals(400, branch.statusCode());
        assertTrue(branch.asString().contains("branch: at most 255 characters"));
        assertEquals(0, Uploads.number("select count(*) from test_run where session_id = ?1", session));
        assertFalse(WebClient.loginAs("manager").get("/sessions/" + session + "/results").asString()
                .contains("javascript:"));
    }
}
