package dev.fivewhys.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import dev.fivewhys.audit.AuditCheck;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityCheck;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixFile;
import dev.fivewhys.fix.Fixes;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.web.FiveWhysConfig;
import dev.fivewhys.web.FormErrors;
import io.quarkus.runtime.StartupEvent;

/** Dev mode's demo: the golden-path log's five whys, fix, SSOT audit and stability validation, after DemoSessions. */
@ApplicationScoped
public class DemoAnalysis {

    private static final String GOLDEN = "ULTIMATE TEST DEPLOY LOOP: Golden Path P0 Continuation - 20250910";

    @Inject
    FiveWhysConfig config;
    @Inject
    Clock clock;
    @Inject
    Analyses analyses;
    @Inject
    Fixes fixes;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 20) StartupEvent event) {
        if (!config.demoData() || Analysis.count() > 0) {
            return;
        }
        TestSession golden = TestSession.find("title", GOLDEN).firstResult();
        if (golden == null) {
            return;
        }
        List<AnalysisContent.Why> whys = List.of(
                "Function moved during database_manager SSOT consolidation",
                "Database factory pattern refactored to centralized system",
                "Integration tests didn't validate cross-module import dependencies",
                "Staging environment stricter validation exposed the gap",
                "Missing import validation in deployment pipeline").stream()
                .map(answer -> new AnalysisContent.Why(answer, null, null)).toList();
        AnalysisContent content = new AnalysisContent(
                "All real WebSocket message flows fail with 1011 internal errors: `cannot import name "
                        + "'get_db_session_factory' from 'netra_backend.app.db.session'`",
                whys, "SSOT database consolidation broke WebSocket import dependencies",
                RootCauseCategory.findByName("dependency/import").orElse(null),
                "Update import from `netra_backend.app.db.session` to `netra_backend.app.db.database_manager`",
                "Implement cross-module dependency tracking and validation");
        Analysis analysis = analyses.start(null, golden, content, true, "engineer", FormErrors.none());

        Fix fix = new Fix();
        fix.summary = "Updated WebSocket manager factory imports from `get_db_session_factory` to `get_database_manager`";
        fix.commitSha = "8365f3012";
        fix.pullRequestRepository = golden.project.githubRepository;
        fix.pullRequestNumber = 156;
        FixFile file = new FixFile();
        file.fix = fix;
        file.position = 1;
        file.path = "/netra_backend/app/websocket_core/websocket_manager_factory.py";
        file.lineRanges = "2352-2353, 2465-2466";
        fix.files.add(file);
        fixes.record(analysis, fix, "engineer");

        Instant now = clock.instant();
        ComplianceAudit audit = new ComplianceAudit();
        audit.fix = fix;
        audit.kind = "SSOT";
        audit.recommendation = AuditRecommendation.APPROVED;
        audit.verdict = "Architecturally sound and ready for staging";
        audit.auditor = "engineer";
        audit.recordedAt = now;
        audit.updatedAt = now;
        String[][] checks = { { "SSOT Validation", "100" }, { "Import Validation", "100" },
                { "Functional Validation", "100" }, { "Cross-Module Impact", "100" }, { "Mega Class Size", null } };
        for (String[] row : checks) {
            AuditCheck check = new AuditCheck();
            check.audit = audit;
            check.position = audit.checks.size() + 1;
            check.name = row[0];
            check.score = row[1] == null ? null : Integer.valueOf(row[1]);
            check.outcome = row[1] == null ? CheckOutcome.WARN : CheckOutcome.PASS;
            check.note = row[1] == null ? "File exceeds 2000 lines (2660 lines) - pre-existing issue" : null;
            audit.checks.add(check);
        }
        audit.persist();

        StabilityValidation validation = new StabilityValidation();
        validation.fix = fix;
        validation.riskLevel = RiskLevel.LOW;
        validation.readiness = Readiness.GO;
        validation.notes = "System stability maintained; isolated changes with comprehensive validation";
        validation.recordedAt = now;
        validation.updatedAt = now;
        StabilityCheck performance = new StabilityCheck();
        performance.validation = validation;
        performance.position = 1;
        performance.name = "Performance Impact";
        performance.outcome = CheckOutcome.PASS;
        performance.measurement = "Database manager creation 0.0008s average";
        validation.checks.add(performance);
        validation.persist();
    }
}
