package dev.fivewhys.session;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import dev.fivewhys.project.Project;
import dev.fivewhys.web.FiveWhysConfig;
import io.quarkus.runtime.StartupEvent;

/** Dev mode's demo data: the team's two hand-kept session logs, so a first look shows real work. */
@ApplicationScoped
public class DemoSessions {

    @Inject
    FiveWhysConfig config;
    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 10) StartupEvent event) {
        if (!config.demoData() || Project.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        Project project = new Project();
        project.name = "Netra Apex";
        project.slug = "netra-apex";
        project.githubRepository = "netra-systems/netra-apex";
        project.defaultLabels = "claude-code-generated-issue";
        project.createdAt = now;
        project.persist();

        TestSession night = session(project, "ULTIMATE TEST DEPLOY LOOP: Comprehensive Night Validation - 20250909",
                "Execute comprehensive e2e staging tests until ALL 1000 tests pass", Instant.parse("2025-09-09T23:05:00Z"),
                50_000_000L, ImpactBasis.ARR, "Chat functionality validation", null, now);
        night.status = SessionStatus.BLOCKED;
        SessionPhase infra = night.addPhase("Infrastructure Validation", "P1", "5-10 tests");
        infra.addSuite("tests/e2e/staging/test_priority1_critical_REAL.py", 25, "Critical functionality");
        infra.addSuite("tests/e2e/staging/test_1_websocket_events_staging.py", 5, "WebSocket events");
        infra.addSuite("tests/e2e/staging/test_staging_connectivity_validation.py", null, "Network validation");
        SessionPhase agents = night.addPhase("Agent Pipeline Validation", "P1", "20-30 tests");
        agents.addSuite("tests/e2e/staging/test_3_agent_pipeline_staging.py", 6, "Agent execution");
        agents.addSuite("tests/e2e/staging/test_4_agent_orchestration_staging.py", 7, "Multi-agent");
        night.addCriterion("P1 Tests: 100% pass rate (ZERO tolerance for failures)", CriterionState.MISSED);
        night.addCriterion("WebSocket Events: All 5 events must fire correctly", CriterionState.OPEN);
        night.addCriterion("Response Times: <2s for 95th percentile", CriterionState.OPEN);
        night.addLogEntry(Instant.parse("2025-09-09T23:05:00Z"), "INITIALIZATION",
                "- Backend services confirmed deployed and operational\n- Test execution log created", null, now);
        night.addLogEntry(Instant.parse("2025-09-09T23:10:00Z"), "PHASE 1 INFRASTRUCTURE VALIDATION COMPLETED",
                "**CRITICAL BLOCKER IDENTIFIED**: WebSocket 1011 internal server error requires server-side investigation",
                null, now);

        TestSession golden = session(project, "ULTIMATE TEST DEPLOY LOOP: Golden Path P0 Continuation - 20250910",
                "Execute P0 Golden Path e2e staging tests until ALL critical business flows pass",
                Instant.parse("2025-09-10T09:00:00Z"), 55_000_000L, ImpactBasis.MRR,
                "Complete chat functionality blockage", night, now);
        golden.status = SessionStatus.RUNNING;
        golden.target = "ALL P0 tests pass with 0% failure tolerance";
        golden.performanceTarget = "<2s for 95th percentile P0 flows";
        SessionPhase ws = golden.addPhase("WebSocket Message Layer Fix Validation", "CRITICAL", null);
        ws.addSuite("tests/e2e/staging/test_1_websocket_events_staging.py", null, "WebSocket event flow validation");
        ws.addSuite("tests/e2e/staging/test_2_message_flow_staging.py", null, "Message processing validation");
        golden.addCriterion("WebSocket Message Processing: 100% success rate for real message flows", CriterionState.OPEN);
        golden.addCriterion("Performance Targets: <2s for 95th percentile P0 flows", CriterionState.OPEN);
        golden.addLogEntry(Instant.parse("2025-09-10T09:05:00Z"), "FIVE WHYS ANALYSIS COMPLETED",
                "**Root Cause Analysis**: SSOT database consolidation broke WebSocket import dependencies", null, now);
    }

    private static TestSession session(Project project, String title, String mission, Instant started, long amountMinor,
            ImpactBasis basis, String note, TestSession continues, Instant now) {
        TestSession session = new TestSession();
        session.project = project;
        session.title = title;
        session.mission = mission;
        session.environment = "staging";
        session.startedAt = started;
        session.impact.amountMinor = amountMinor;
        session.impact.currency = "USD";
        session.impact.basis = basis;
        session.impact.note = note;
        session.continues = continues;
        session.createdBy = "engineer";
        session.createdAt = now;
        session.updatedAt = now;
        session.persist();
        return session;
    }
}
