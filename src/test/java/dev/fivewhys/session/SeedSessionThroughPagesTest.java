package dev.fivewhys.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.fivewhys.security.Role;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The team's night-validation log (seed 004) typed in through the pages, then read back. */
@QuarkusTest
class SeedSessionThroughPagesTest {

    @Test
    void nightValidationSessionReadsBackLikeTheLog() {
        Fixtures.user("admin", Role.ADMIN);
        Fixtures.user("engineer", Role.ENGINEER);
        WebClient admin = WebClient.loginAs("admin");
        admin.get("/projects/new");
        admin.post("/projects", Map.of("name", "Netra Apex", "slug", "netra-apex-seed",
                "githubRepository", "netra-systems/netra-apex", "defaultLabels", "claude-code-generated-issue, websocket"))
                .then().statusCode(303);
        long project = QuarkusTransaction.requiringNew()
                .call(() -> dev.fivewhys.project.Project.findBySlug("netra-apex-seed").orElseThrow().id);

        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/new");
        var created = engineer.post("/sessions", Map.ofEntries(
                Map.entry("projectId", project),
                Map.entry("title", "ULTIMATE TEST DEPLOY LOOP: Comprehensive Night Validation - 20250909"),
                Map.entry("mission",
                        "Execute comprehensive e2e staging tests until ALL 1000 tests pass - WORK ALL NIGHT (8-20+ hours)"),
                Map.entry("environment", "staging"),
                Map.entry("status", "RUNNING"),
                Map.entry("startedAt", "2025-09-09T23:05"),
                Map.entry("target", "ALL 1000 e2e staging tests passing"),
                Map.entry("performanceTarget", "<2s for 95th percentile"),
                Map.entry("impactAmount", "500000"),
                Map.entry("impactCurrency", "USD"),
                Map.entry("impactBasis", "ARR"),
                Map.entry("impactNote", "chat functionality")));
        assertEquals(303, created.statusCode());
        String sessionPath = created.header("Location").replaceFirst("^https?://[^/]+", "");

        String[][] phases = {
                { "Infrastructure Validation", "P1", "5-10 tests" },
                { "Agent Pipeline Validation", "P1", "20-30 tests" },
                { "Business Value Validation", "P2", "40-60 tests" },
                { "Comprehensive Coverage", "P3", "100+ tests" } };
        for (String[] phase : phases) {
            engineer.post(sessionPath + "/plan/phases", Map.of("name", phase[0], "priority", phase[1], "description", phase[2]))
                    .then().statusCode(303);
        }
        TestSession stored = load(sessionPath);
        List<Long> phaseIds = stored.phases.stream().map(p -> p.id).toList();
        addSuite(engineer, sessionPath, phaseIds.get(0), "tests/e2e/staging/test_priority1_critical_REAL.py", "25",
                "Critical functionality");
        addSuite(engineer, sessionPath, phaseIds.get(0), "tests/e2e/staging/test_1_websocket_events_staging.py", "5",
                "WebSocket events");
        addSuite(engineer, sessionPath, phaseIds.get(0), "tests/e2e/staging/test_staging_connectivity_validation.py", "",
                "Network validation");
        addSuite(engineer, sessionPath, phaseIds.get(1), "tests/e2e/staging/test_3_agent_pipeline_staging.py", "6",
                "Agent execution");
        addSuite(engineer, sessionPath, phaseIds.get(1), "tests/e2e/staging/test_4_agent_orchestration_staging.py", "7",
                "Multi-agent");
        addSuite(engineer, sessionPath, phaseIds.get(2), "tests/e2e/staging/test_10_critical_path_staging.py", "8",
                "Critical paths");
        addSuite(engineer, sessionPath, phaseIds.get(3), "tests/e2e/staging/test_priority2_high.py", "20", "High priority");
        addSuite(engineer, sessionPath, phaseIds.get(3), "tests/e2e/staging/test_priority3_medium_high.py", "20",
                "Medium-high");

        engineer.post(sessionPath + "/plan/criteria",
                Map.of("text", "P1 Tests: 100% pass rate (ZERO tolerance for failures)", "state", "OPEN"));
        engineer.post(sessionPath + "/plan/criteria",
                Map.of("text", "Response Times: <2s for 95th percentile", "state", "OPEN"));
        long firstCriterion = load(sessionPath).criteria.get(0).id;
        engineer.post(sessionPath + "/plan/criteria/" + firstCriterion, Map.of("state", "MISSED")).then().statusCode(303);

        engineer.post(sessionPath + "/log",
                Map.of("occurredAt", "2025-09-09T23:10", "title", "PHASE 1 INFRASTRUCTURE VALIDATION COMPLETED",
                        "body", "⚠️ **CRITICAL BLOCKER IDENTIFIED**: WebSocket 1011 internal server error"))
                .then().statusCode(303);
        engineer.post(sessionPath + "/log", Map.of("occurredAt", "2025-09-09T23:05", "title", "INITIALIZATION",
                "body", "✅ Backend services confirmed deployed and operational")).then().statusCode(303);
        engineer.post(sessionPath + "/log",
                Map.of("occurredAt", "2025-09-09T23:45", "title", "SYSTEM STABILITY VALIDATION COMPLETED",
                        "body", "**DEPLOYMENT READINESS**: 🟢 **CONDITIONAL GO**"))
                .then().statusCode(303);

        String page = WebClient.loginAs("engineer").get(sessionPath).asString();
        assertTrue(page.contains("$500,000 ARR at risk"), "impact");
        assertTrue(page.contains("2025-09-09 23:05"), "started");
        assertTrue(page.contains("Phase 1: Infrastructure Validation"));
        assertTrue(page.contains("Phase 4: Comprehensive Coverage"));
        assertTrue(page.contains(
                "<code>tests/e2e/staging/test_priority1_critical_REAL.py</code> &mdash; Critical functionality (25 tests)"));
        assertTrue(page.contains("test_staging_connectivity_validation.py</code> &mdash; Network validation</li>"),
                "no count when none given");
        assertTrue(page.contains("&#10060;</span> P1 Tests: 100% pass rate (ZERO tolerance for failures)"));
        assertTrue(page.contains("<strong>CONDITIONAL GO</strong>"));
        int init = page.indexOf("INITIALIZATION");
        int phase1 = page.indexOf("PHASE 1 INFRASTRUCTURE VALIDATION COMPLETED");
        int stability = page.indexOf("SYSTEM STABILITY VALIDATION COMPLETED");
        assertTrue(init < phase1 && phase1 < stability, "timeline in time order");

        TestSession session = load(sessionPath);
        assertEquals(50_000_000L, session.impact.amountMinor, "money in minor units");
        assertEquals(ImpactBasis.ARR, session.impact.basis);
        assertEquals(91, session.expectedTestCount());
        assertEquals(List.of(1, 2, 3, 4), session.phases.stream().map(p -> p.position).toList());
        assertEquals(CriterionState.MISSED, session.criteria.get(0).state);
    }

    private static void addSuite(WebClient client, String sessionPath, long phase, String path, String count,
            String description) {
        client.post(sessionPath + "/plan/phases/" + phase + "/suites",
                Map.of("path", path, "expectedCount", count, "description", description)).then().statusCode(303);
    }

    private static TestSession load(String sessionPath) {
        long id = Long.parseLong(sessionPath.substring(sessionPath.lastIndexOf('/') + 1));
        return QuarkusTransaction.requiringNew().call(() -> {
            TestSession session = TestSession.findById(id);
            session.phases.forEach(p -> p.suites.size());
            session.criteria.size();
            return session;
        });
    }
}
