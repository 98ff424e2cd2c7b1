package dev.fivewhys.story;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analyses;
import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.audit.AuditContent;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.Check;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.Reviews;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityContent;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.fix.CommitSha;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixContent;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.fix.Fixes;
import dev.fivewhys.session.CriterionState;
import dev.fivewhys.session.Sessions;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.web.FormErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A session's go/no-go follows its records step by step, as the journey of an engineer makes them: explained by what
 * would change it, kept in test_session.go_no_go, in the API, and announced when the verdict changes.
 */
@QuarkusTest
class SessionGoNoGoTest {

    static final String P0_SUITE = "tests/e2e/staging/test_priority1_critical_REAL.py";

    @Inject
    Analyses analyses;
    @Inject
    Fixes fixes;
    @Inject
    Reviews reviews;
    @Inject
    Sessions sessions;
    @Inject
    GoNoGoChanges changes;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        Fixtures.project("go-no-go");
    }

    @Test
    void theVerdictFollowsTheRecordsAndSaysWhatWouldChangeIt() {
        long id = openSession();
        assertVerdict(id, "NO_GO", "No test results uploaded yet");

        Uploads.api(id, Uploads.report(P0_SUITE, new String[] { "test_websocket_events", "ERRORED",
                "received 1011 (internal error) Internal error" }, new String[] { "test_login", "PASSED", null }))
                .then().statusCode(201);
        long failure = Uploads.number("select failure_id from failure_occurrence where session_id = ?1", id);
        assertVerdict(id, "NO_GO", "1 critical (P0) failure open; failure #" + failure + " has no analysis yet");

        long analysis = inTransaction(() -> analyses.start(Failure.findById(failure), null, analysis(), true, "engineer",
                FormErrors.none()).id);
        assertVerdict(id, "NO_GO", "1 critical (P0) failure open; failure #" + failure + " has no fix yet");

        long fix = inTransaction(() -> fixes.record(Analysis.findById(analysis), new FixContent("Import the factory",
                List.of(), CommitSha.parse("8365f3012"), null, null, List.of()), FixStatus.PROPOSED, "engineer",
                FormErrors.none()).id);
        assertVerdict(id, "NO_GO", "1 critical (P0) failure open; fix #" + fix + " awaits its compliance audit; fix #"
                + fix + " awaits its stability validation");

        inTransaction(() -> reviews.record(Fix.findById(fix), new ComplianceAudit(), new AuditContent("SSOT",
                List.of(new Check("Import Validation", 96, CheckOutcome.PASS, null)), null, "APPROVED FOR DEPLOYMENT",
                AuditRecommendation.APPROVED, List.of(), null, null), "engineer", FormErrors.none()).id);
        assertVerdict(id, "NO_GO", "1 critical (P0) failure open; fix #" + fix + " awaits its stability validation");

        inTransaction(() -> reviews.record(Fix.findById(fix), new StabilityValidation(), new StabilityContent(List.of(),
                RiskLevel.LOW, Readiness.CONDITIONAL_GO, "Deploy commit 8365f3012 to staging"), "engineer",
                FormErrors.none()).id);
        // the critical failure no longer blocks: its fix is ready, and deploying it is the condition
        assertVerdict(id, "CONDITIONAL_GO", "Success criterion not yet met: P0 tests pass; deploy fix #" + fix
                + "; fix #" + fix + ": Deploy commit 8365f3012 to staging");
        JsonPath api = api(id);
        assertEquals("CONDITIONAL GO", api.getString("goNoGo.label"));
        assertEquals(List.of("Success criteria: 0 of 1 met, 0 missed, 1 not yet checked", "Open failures: 1 critical",
                "Fix #" + fix + " of failure #" + failure + " (proposed): CONDITIONAL GO — Deploy commit 8365f3012 to "
                        + "staging"),
                api.getList("goNoGo.facts"));

        markCriterion(id, CriterionState.MISSED);
        assertVerdict(id, "NO_GO", "Success criterion missed: P0 tests pass");
        markCriterion(id, CriterionState.MET);
        inTransaction(() -> {
            fixes.advance(Fix.findById(fix), FixStatus.MERGED, "engineer");
            fixes.advance(Fix.findById(fix), FixStatus.DEPLOYED, "engineer");
            return null;
        });
        assertVerdict(id, "CONDITIONAL_GO", "Fix #" + fix + " is deployed: a passing run verifies it; fix #" + fix
                + ": Deploy commit 8365f3012 to staging");
        inTransaction(() -> {
            fixes.advance(Fix.findById(fix), FixStatus.VERIFIED, "engineer");
            return null;
        });
        assertVerdict(id, "GO", "Nothing blocks it and no condition is left");

        // each change of verdict announced once, inside the transaction that changed the records
        assertEquals(List.of("NO_GO → CONDITIONAL_GO", "CONDITIONAL_GO → NO_GO", "NO_GO → CONDITIONAL_GO",
                "CONDITIONAL_GO → GO"), changes.of(id));
    }

    @Test
    void anOpenFailureOfLowerSeverityIsAConditionNotABlocker() {
        long id = openSession();
        Uploads.api(id, Uploads.report("tests/e2e/other.py", new String[] { "test_slow", "FAILED", "took 3 s" }))
                .then().statusCode(201);
        long failure = Uploads.number("select failure_id from failure_occurrence where session_id = ?1", id);
        assertEquals("MEDIUM", Uploads.rows("select severity, 1 from failure where id = ?1", failure).get(0)[0]);
        assertVerdict(id, "CONDITIONAL_GO", "Success criterion not yet met: P0 tests pass; 1 medium failure open");
        // no results was NO GO already: the session was judged from the moment it was opened
        assertEquals(List.of("NO_GO → CONDITIONAL_GO"), changes.of(id));
    }

    private long openSession() {
        return given().auth().preemptive().basic("engineer", "engineer" + Fixtures.PASSWORD_SUFFIX)
                .contentType("application/json")
                .body(Map.of("project", "go-no-go", "title", "ULTIMATE TEST DEPLOY LOOP", "phases",
                        List.of(Map.of("name", "Critical", "priority", "P0", "suites",
                                List.of(Map.of("path", P0_SUITE, "expectedCount", 25)))),
                        "criteria", List.of(Map.of("text", "P0 tests pass", "state", "OPEN"))))
                .post("/api/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void markCriterion(long sessionId, CriterionState state) {
        inTransaction(() -> {
            sessions.markCriterion(TestSession.<TestSession> findById(sessionId).criteria.get(0), state);
            return null;
        });
    }

    private static AnalysisContent analysis() {
        return new AnalysisContent("Chat is down", List.of(new AnalysisContent.Why("The import moved", null, null)),
                "SSOT consolidation broke an import", null, "Import the factory", "Check imports in CI");
    }

    private static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static JsonPath api(long id) {
        return given().auth().preemptive().basic("manager", "manager" + Fixtures.PASSWORD_SUFFIX).get("/api/sessions/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath listed() {
        return given().auth().preemptive().basic("manager", "manager" + Fixtures.PASSWORD_SUFFIX)
                .get("/api/sessions?project=go-no-go&size=200").then().statusCode(200).extract().jsonPath();
    }

    /**
     * The API and the kept column agree on the verdict; the API says what would change it; the sessions list, which
     * reads the decision as kept, shows the same go/no-go as the session decided afresh.
     */
    private static void assertVerdict(long id, String verdict, String summary) {
        JsonPath api = api(id);
        assertEquals(verdict + ": " + summary, api.getString("goNoGo.verdict") + ": " + api.getString("goNoGo.summary"));
        List<Object[]> kept = Uploads.rows("select go_no_go, go_no_go_summary from test_session where id = ?1", id);
        assertEquals(verdict, kept.get(0)[0], "kept verdict");
        assertEquals(summary, kept.get(0)[1], "kept summary");
        assertEquals(api.getMap("goNoGo"), listed().getMap("items.find { it.id == " + id + " }.goNoGo"),
                "the go/no-go the list reads as kept");
        assertTrue(Uploads.number("select count(*) from test_session where id = ?1 and go_no_go_decision like ?2", id,
                "%" + summary.replace("%", "") + "%") == 1, "kept decision");
        assertTrue(summary.length() > 0);
    }
}
