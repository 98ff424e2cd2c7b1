package dev.fivewhys.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each flaky rule on hand-made sequences of results, each with a look-alike that must not count: a test that broke
 * and was fixed, one that always fails, one that failed on one commit and passed on the next.
 */
@QuarkusTest
class FlakyRulesTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    /** Uploads one report per step; {@code sequences} gives each test its outcome per step: P, F or - (not run). */
    private static void runs(long session, String commitPrefix, String[][] sequences) {
        for (int step = 0; step < sequences[0][1].length(); step++) {
            List<String[]> cases = new ArrayList<>();
            for (String[] sequence : sequences) {
                char outcome = sequence[1].charAt(step);
                if (outcome == '-') {
                    continue; // not in this run
                }
                cases.add(new String[] { sequence[0], outcome == 'P' ? "PASSED" : "FAILED",
                        outcome == 'P' ? null : "assert 1 == 2 (" + sequence[0] + ")" });
            }
            var request = given().auth().preemptive().basic("engineer", "engineer" + Fixtures.PASSWORD_SUFFIX)
                    .contentType("application/xml").body(Uploads.report("tests/e2e/test_flaky.py",
                            cases.toArray(String[][]::new)));
            if (commitPrefix != null) {
                request = request.queryParam("commit", commitPrefix + String.format("%04d", step));
            }
            request.post("/api/sessions/" + session + "/results").then().statusCode(201);
        }
        Uploads.historiesCaughtUp();
    }

    private static String reason(String project, String test) {
        List<Object[]> rows = Uploads.rows("select c.flaky, c.flaky_reason from test_case c join project p on "
                + "p.id = c.project_id where p.slug = ?1 and c.name = ?2", project, test);
        assertEquals(1, rows.size(), test + " has one history");
        boolean flaky = (Boolean) rows.get(0)[0];
        String reason = (String) rows.get(0)[1];
        assertEquals(reason != null, flaky, "flaky exactly when there is a reason");
        return reason;
    }

    @Test
    void flippingMoreOftenThanTheThresholdIsFlakyBreakingAndFixingIsNot() {
        long session = Fixtures.session("flaky-flips", "Flaky: flips").session();
        runs(session, null, new String[][] {
                { "test_flipper", "PPFPPFPPFPPF" }, // 7 flips in 11 pairs
                { "test_broken_then_fixed", "PPPPFFFFPPPP" }, // 2 flips in 11 pairs
                { "test_always_broken", "FFFFFFFFFFFF" },
                { "test_young_flipper", "-------PFPFP" }, // flips a lot, but 5 runs say nothing yet
        });
        assertEquals("flipped between pass and fail 7 times in its last 12 runs", reason("flaky-flips", "test_flipper"));
        assertNull(reason("flaky-flips", "test_broken_then_fixed"));
        assertNull(reason("flaky-flips", "test_always_broken"));
        assertNull(reason("flaky-flips", "test_young_flipper"));
    }

    @Test
    void aFlipLeavesTheWindowAndTheTestIsNoLongerFlaky() {
        long session = Fixtures.session("flaky-window", "Flaky: window").session();
        // 30 runs is the window: after 31 steady passes the flips have left it
        runs(session, null, new String[][] { { "test_calmed_down", "PFPFPFPFPFPF" } });
        assertEquals("flipped between pass and fail 11 times in its last 12 runs",
                reason("flaky-window", "test_calmed_down"));
        runs(session, null, new String[][] { { "test_calmed_down", "P".repeat(30) } });
        assertNull(reason("flaky-window", "test_calmed_down"));
        // a window of passes that passes again changes nothing the rules read: the row is left alone (bench/ingest)
        String sql = "select c.runs from test_case c join project p on p.id = c.project_id where p.slug = 'flaky-window'";
        long runs = Uploads.number(sql);
        runs(session, null, new String[][] { { "test_calmed_down", "P" } });
        assertEquals(runs, Uploads.number(sql));
    }

    @Test
    void passingAndFailingOnOneCommitIsFlaky() {
        long session = Fixtures.session("flaky-commit", "Flaky: commit").session();
        // steps 0 and 1 test commit …0000 and …0001; then the same two commits again
        runs(session, "abcdef", new String[][] {
                { "test_same_commit", "PF" },
                { "test_fixed_by_next_commit", "FP" },
                { "test_always_broken", "FF" } });
        assertNull(reason("flaky-commit", "test_same_commit"), "different commits: no rule yet");
        assertNull(reason("flaky-commit", "test_fixed_by_next_commit"));
        // commit …0000 again: it fails where it passed; …0001 again: still passes
        runs(session, "abcdef", new String[][] {
                { "test_same_commit", "FF" },
                { "test_fixed_by_next_commit", "FP" },
                { "test_always_broken", "FF" } });
        assertEquals("passed and failed on commit abcdef0000", reason("flaky-commit", "test_same_commit"));
        assertNull(reason("flaky-commit", "test_fixed_by_next_commit"), "failed on one commit, passed on the next");
        assertNull(reason("flaky-commit", "test_always_broken"));
    }

    @Test
    void passingOnARetryOrInARepeatOfOneReportIsFlaky() {
        long session = Fixtures.session("flaky-retry", "Flaky: retry").session();
        String report = """
                <testsuite name="e2e">
                  <testcase classname="tests.e2e.Retry" name="test_retried" time="1.0">
                    <flakyFailure message="timeout" type="TimeoutError">first try timed out</flakyFailure>
                  </testcase>
                  <testcase classname="tests.e2e.Retry" name="test_rerun_failed" time="1.0">
                    <failure message="timeout" type="TimeoutError">every try timed out</failure>
                    <rerunFailure message="timeout" type="TimeoutError">the retry too</rerunFailure>
                  </testcase>
                  <testcase classname="tests.e2e.Retry" name="test_repeated" time="1.0"/>
                  <testcase classname="tests.e2e.Retry" name="test_repeated" time="1.0">
                    <failure message="boom" type="AssertionError">second repeat failed</failure>
                  </testcase>
                  <testcase classname="tests.e2e.Retry" name="test_steady" time="1.0"/>
                  <testcase classname="tests.e2e.Retry" name="test_steady_twice" time="1.0"/>
                  <testcase classname="tests.e2e.Retry" name="test_steady_twice" time="1.0"/>
                </testsuite>
                """;
        Uploads.api(session, report).then().statusCode(201);
        Uploads.historiesCaughtUp();
        assertEquals("passed on a retry", reason("flaky-retry", "test_retried"));
        assertNull(reason("flaky-retry", "test_rerun_failed"), "failed on every try: broken, not flaky");
        assertEquals("passed and failed in one report", reason("flaky-retry", "test_repeated"));
        assertNull(reason("flaky-retry", "test_steady"));
        assertNull(reason("flaky-retry", "test_steady_twice"));
    }

    @Test
    void theFailuresListTheFailurePageAndTheSessionPageShowFlakyTestsApart() {
        long session = Fixtures.session("flaky-shown", "Flaky: shown").session();
        // the same commit twice: test_wobbly passes then fails (flaky); test_broken fails both times (broken)
        for (String status : new String[] { "PASSED", "FAILED" }) {
            given().auth().preemptive().basic("engineer", "engineer" + Fixtures.PASSWORD_SUFFIX)
                    .contentType("application/xml").queryParam("commit", "feedbee1")
                    .body(Uploads.report("tests/e2e/test_shown.py",
                            new String[] { "test_wobbly", status, status.equals("PASSED") ? null : "wobbly ws (shown)" },
                            new String[] { "test_broken", "FAILED", "broken import (shown)" }))
                    .post("/api/sessions/" + session + "/results").then().statusCode(201);
        }
        Uploads.historiesCaughtUp();
        long wobbly = Uploads.number("select id from failure where sample_message = 'wobbly ws (shown)'");
        long broken = Uploads.number("select id from failure where sample_message = 'broken import (shown)'");
        WebClient manager = WebClient.loginAs("manager");

        String list = manager.get("/failures?project=flaky-shown").then().statusCode(200).extract().asString();
        int flakyHeading = list.indexOf("<h2 id=\"flaky\">Flaky");
        assertTrue(flakyHeading > 0, list);
        assertTrue(list.indexOf("href=\"/failures/" + broken + "\"") < flakyHeading, "broken ones first");
        assertTrue(list.indexOf("href=\"/failures/" + wobbly + "\"") > flakyHeading, "flaky ones apart");

        String flakyPage = manager.get("/failures/" + wobbly).asString();
        assertTrue(flakyPage.contains("Every test this failure hit is flaky"), flakyPage);
        assertFalse(manager.get("/failures/" + broken).asString().contains("Every test this failure hit is flaky"));

        String sessionPage = manager.get("/sessions/" + session).asString();
        assertTrue(sessionPage.contains("<h2>Flaky tests <span class=\"badge\">1</span></h2>"), sessionPage);
        assertTrue(sessionPage.contains("passed and failed on commit feedbee1"));
        assertFalse(sessionPage.matches("(?s).*id=\"flaky-tests\".*test_broken.*"), "the broken test is no flaky test");
    }
}
