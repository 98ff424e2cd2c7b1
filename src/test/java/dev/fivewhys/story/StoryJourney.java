package dev.fivewhys.story;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.fivewhys.analysis.Analyses;
import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.analysis.RootCauseCategory;
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
import dev.fivewhys.fix.LineRanges;
import dev.fivewhys.fix.PullRequestReference;
import dev.fivewhys.github.outbox.FailureSync;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.web.FormErrors;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The records of an engineer's journey through a session, made by the services the pages and the API call: a session
 * opened with a P0 plan, results uploaded, a five-whys analysis started from the failure, a fix, an SSOT audit and a
 * CONDITIONAL GO stability validation; the failure's issue on GitHub.
 */
public record StoryJourney(long session, long failure, long analysis, long fix, long audit, long stability, int issue) {

    public static final String P0_SUITE = "tests/e2e/staging/test_priority1_critical_REAL.py";

    public static StoryJourney walk(String projectSlug) {
        Fixtures.standardUsers();
        Fixtures.project(projectSlug);
        long session = given().auth().preemptive().basic("engineer", "engineer" + Fixtures.PASSWORD_SUFFIX)
                .contentType("application/json")
                .body(Map.of("project", projectSlug, "title", "ULTIMATE TEST DEPLOY LOOP: Golden Path", "mission",
                        "Prove chat works on staging", "startedAt", "2025-09-09T23:05:00Z", "environment", "staging",
                        "impact", Map.of("amountMinor", 55_000_000, "currency", "USD", "basis", "MRR", "note", "chat"),
                        "phases", List.of(Map.of("name", "Critical", "priority", "P0", "suites",
                                List.of(Map.of("path", P0_SUITE, "expectedCount", 25)))),
                        "criteria", List.of(Map.of("text", "P0 tests pass", "state", "OPEN"))))
                .post("/api/sessions").then().statusCode(201).extract().jsonPath().getLong("id");
        Uploads.api(session, Uploads.report(P0_SUITE, new String[] { "test_websocket_events", "ERRORED",
                "received 1011 (internal error) Internal error" }, new String[] { "test_login", "PASSED", null }))
                .then().statusCode(201);
        long failure = Uploads.number("select failure_id from failure_occurrence where session_id = ?1", session);
        Analyses analyses = Arc.container().instance(Analyses.class).get();
        Fixes fixes = Arc.container().instance(Fixes.class).get();
        Reviews reviews = Arc.container().instance(Reviews.class).get();
        long analysis = QuarkusTransaction.requiringNew().call(() -> analyses.start(Failure.findById(failure), null,
                new AnalysisContent("Chat is down: WebSocket 1011", List.of(
                        new AnalysisContent.Why("The factory import failed", null, null),
                        new AnalysisContent.Why("SSOT consolidation moved the function", null, null)),
                        "SSOT consolidation broke an import", RootCauseCategory.findByName("dependency/import").orElseThrow(),
                        "Import from the database manager", "Check imports across modules in CI"),
                true, "engineer", FormErrors.none()).id);
        long fix = QuarkusTransaction.requiringNew().call(() -> fixes.record(Analysis.findById(analysis),
                new FixContent("Import get_database_manager", List.of(new FixContent.File(
                        "netra_backend/app/websocket_core/websocket_manager_factory.py",
                        LineRanges.parse("2352-2353, 2465-2466"))), CommitSha.parse("8365f3012"), null,
                        new PullRequestReference("acme/" + projectSlug, 156), List.of()),
                FixStatus.PROPOSED, "engineer", FormErrors.none()).id);
        long audit = QuarkusTransaction.requiringNew().call(() -> reviews.record(Fix.findById(fix), new ComplianceAudit(),
                new AuditContent("SSOT", List.of(new Check("Import Validation", 100, CheckOutcome.PASS, "All sound"),
                        new Check("Mega Class Size", 92, CheckOutcome.WARN, "File exceeds 2000 lines")), null,
                        "APPROVED FOR DEPLOYMENT", AuditRecommendation.APPROVED, List.of(), null, null),
                "engineer", FormErrors.none()).id);
        long stability = QuarkusTransaction.requiringNew().call(() -> reviews.record(Fix.findById(fix),
                new StabilityValidation(), new StabilityContent(List.of(new Check("Performance Impact", null,
                        CheckOutcome.PASS, "0.0008s average")), RiskLevel.LOW, Readiness.CONDITIONAL_GO,
                        "Deploy commit 8365f3012 to staging"),
                "engineer", FormErrors.none()).id);
        int issue = 152;
        QuarkusTransaction.requiringNew().run(() -> {
            GitHubLink link = new GitHubLink();
            link.recordKind = FailureSync.RECORD;
            link.recordId = failure;
            link.linkKind = GitHubLink.ISSUE;
            link.repository = "acme/" + projectSlug;
            link.number = issue;
            link.url = "https://github.com/acme/" + projectSlug + "/issues/" + issue;
            link.state = "open";
            link.lastSyncedAt = Instant.now();
            link.persist();
        });
        return new StoryJourney(session, failure, analysis, fix, audit, stability, issue);
    }
}
