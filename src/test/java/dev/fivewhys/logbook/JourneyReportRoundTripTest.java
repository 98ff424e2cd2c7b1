package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.logbook.ImportPlan.AnalysisPlan;
import dev.fivewhys.logbook.report.StoredPlan;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.story.StoryJourney;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The report of a session made through the pages and the API (plan, upload, five whys from the failure, fix, audit,
 * stability) reads like the team's logs, and importing it restores the same records, compared field by field.
 */
@QuarkusTest
class JourneyReportRoundTripTest {

    @Test
    void theReportTellsTheWholeStoryAndReadsBackIntoTheSameRecords() {
        LogImports.forgetImports();
        StoryJourney journey = StoryJourney.walk("journey-report");
        String report = WebClient.loginAs("manager").get("/sessions/" + journey.session() + "/report.md").then()
                .statusCode(200).extract().asString();
        for (String said : List.of("# ULTIMATE TEST DEPLOY LOOP: Golden Path",
                "## SESSION GO/NO-GO: CONDITIONAL GO",
                "What would change it: Success criterion not yet met: P0 tests pass; deploy fix #" + journey.fix(),
                "| Run | Uploaded | Tests | Passed | Failed | Errored | Skipped | Duration |",
                "- Failure #" + journey.failure() + " (critical, new, fix in progress): "
                        + "`websockets.exceptions.ConnectionClosedError: received 1011 (internal error) Internal error`",
                "Analysis #" + journey.analysis() + " complete, started from the failure; fix #" + journey.fix()
                        + " proposed, go/no-go CONDITIONAL GO",
                "## EXECUTIVE SUMMARY", "**BUSINESS IMPACT**: $550K MRR chat",
                "#### Phase 1: Critical (priority: P0)", "- `tests/e2e/staging/test_priority1_critical_REAL.py` - (25 tests)",
                "**Why #1**: The factory import failed", "**Root Cause**: SSOT consolidation broke an import",
                "**Prevention Strategy**: Check imports across modules in CI",
                "- FIX PROPOSED", "✅ **Fix**: Import get_database_manager",
                "- `netra_backend/app/websocket_core/websocket_manager_factory.py` (lines 2352-2353, 2465-2466)",
                "Committed as commit 8365f3012", "Pull request: PR #156",
                "SSOT COMPLIANCE AUDIT COMPLETED", "**Overall Assessment**: 96% compliance score",
                "- ⚠️ **Mega Class Size**: File exceeds 2000 lines (92% compliant)",
                "**Recommendation**: APPROVED FOR DEPLOYMENT",
                "**Risk Assessment**: LOW RISK", "**Deployment Readiness**: CONDITIONAL GO",
                "**Condition**: Deploy commit 8365f3012 to staging",
                "✅ **GitHub Issue**: https://github.com/acme/journey-report/issues/152",
                "## SUCCESS CRITERIA", "- **P0 tests pass**:")) {
            assertTrue(report.contains(said), "report says: " + said + "\n\n" + report);
        }

        // into the same project: a pull request written "PR #156" is one of the project's repository
        long project = Fixtures.project("journey-report").id;
        long copy = LogImports.importLog(WebClient.loginAs("engineer"), project, "report.md", report);
        QuarkusTransaction.requiringNew().run(() -> {
            ImportPlan before = StoredPlan.of(TestSession.findById(journey.session()));
            ImportPlan after = StoredPlan.of(TestSession.findById(copy));
            assertEquals(before.session(), after.session(), "title, mission, environment, status, times, targets, impact");
            assertEquals(before.phases(), after.phases(), "phases and their suites");
            assertEquals(before.criteria(), after.criteria(), "success criteria and their states");
            List<AnalysisPlan> was = before.analyses().stream().map(AnalysisPlan::undated).toList();
            List<AnalysisPlan> is = after.analyses().stream().map(AnalysisPlan::undated).toList();
            assertEquals(was.size(), is.size());
            assertEquals(was.get(0).content(), is.get(0).content(), "problem, whys, root cause, category, fix, prevention");
            assertEquals(was.get(0).fixes().get(0).content(), is.get(0).fixes().get(0).content(),
                    "summary, files and lines, commit, pull request, new tests");
            assertEquals(was.get(0).fixes().get(0).status(), is.get(0).fixes().get(0).status(), "fix status");
            assertEquals(was.get(0).fixes().get(0).audits(), is.get(0).fixes().get(0).audits(),
                    "audit kind, checks with scores, verdict, recommendation, conditions");
            assertEquals(was.get(0).fixes().get(0).validations(), is.get(0).fixes().get(0).validations(),
                    "stability checks, risk, readiness, condition");
            Analysis restored = Analysis.<Analysis> list("session.id", copy).get(0);
            assertEquals(Analysis.<Analysis> findById(journey.analysis()).status, restored.status);
            Fix fix = Fix.listForAnalysis(restored).get(0);
            assertEquals("96%", ComplianceAudit.latestFor(fix).score().toString().replaceAll("[^0-9%]", "")
                    .replaceAll("^(\\d+%).*", "$1"));
            assertEquals(List.of("https://github.com/acme/journey-report/issues/152"),
                    after.links().stream().map(l -> l.url()).toList(), "the failure's GitHub issue");
        });
    }
}
