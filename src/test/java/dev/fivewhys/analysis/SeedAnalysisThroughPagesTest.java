package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Seed 000's analysis, fix, SSOT audit and stability validation typed in through the pages, then read back. */
@QuarkusTest
class SeedAnalysisThroughPagesTest {

    @Test
    void firstSeedLogReadsBackTheSame() {
        Fixtures.standardUsers();
        long failure = SeedAnalysis.failure("netra-apex-pages");
        WebClient engineer = WebClient.loginAs("engineer");

        engineer.get("/failures/" + failure + "/analyses/new").then().statusCode(200);
        Map<String, Object> analysisForm = new HashMap<>();
        analysisForm.put("failureId", failure);
        analysisForm.put("problemStatement", SeedAnalysis.PROBLEM);
        analysisForm.put("why", SeedAnalysis.WHYS);
        analysisForm.put("evidenceKind", List.of("NOTE", "NOTE", "NOTE", "NOTE", "NOTE"));
        analysisForm.put("evidence", List.of("", "", "", "", ""));
        analysisForm.put("rootCause", SeedAnalysis.ROOT_CAUSE);
        analysisForm.put("categoryId", SeedAnalysis.categoryId("dependency/import"));
        analysisForm.put("fixIdentified", SeedAnalysis.FIX_IDENTIFIED);
        analysisForm.put("preventionStrategy", SeedAnalysis.PREVENTION);
        analysisForm.put("action", "complete");
        String analysisPath = AnalysisPagesTest.path(engineer.post("/analyses", analysisForm));
        long analysisId = Long.parseLong(analysisPath.substring(analysisPath.lastIndexOf('/') + 1));

        engineer.get("/fixes/new?analysis=" + analysisId).then().statusCode(200);
        Map<String, Object> fixForm = new HashMap<>();
        fixForm.put("analysisId", analysisId);
        fixForm.put("summary", SeedAnalysis.FIX_SUMMARY);
        fixForm.put("filePath", List.of(SeedAnalysis.FILE));
        fixForm.put("fileLines", List.of(SeedAnalysis.LINES));
        fixForm.put("commitSha", SeedAnalysis.COMMIT);
        fixForm.put("pullRequest", SeedAnalysis.PULL_REQUEST);
        fixForm.put("testPath", List.of(""));
        fixForm.put("testKind", List.of(""));
        fixForm.put("status", "PROPOSED");
        fixForm.put("action", "save");
        String fixPath = AnalysisPagesTest.path(engineer.post("/fixes", fixForm));
        long fixId = Long.parseLong(fixPath.substring(fixPath.lastIndexOf('/') + 1));

        engineer.get("/audits/new?fix=" + fixId).then().statusCode(200);
        Map<String, Object> auditForm = new HashMap<>();
        auditForm.put("fixId", fixId);
        auditForm.put("kind", "SSOT");
        auditForm.put("checkName", column(SeedAnalysis.AUDIT_CHECKS, 0));
        auditForm.put("checkScore", column(SeedAnalysis.AUDIT_CHECKS, 1));
        auditForm.put("checkOutcome", column(SeedAnalysis.AUDIT_CHECKS, 2));
        auditForm.put("checkNote", column(SeedAnalysis.AUDIT_CHECKS, 3));
        auditForm.put("overrideScore", "");
        auditForm.put("recommendation", "APPROVED");
        auditForm.put("conditions", "");
        auditForm.put("verdict", SeedAnalysis.AUDIT_VERDICT);
        auditForm.put("auditor", "SSOT compliance sub-agent");
        auditForm.put("action", "save");
        engineer.post("/audits", auditForm).then().statusCode(303);

        engineer.get("/stability-validations/new?fix=" + fixId).then().statusCode(200);
        Map<String, Object> stabilityForm = new HashMap<>();
        stabilityForm.put("fixId", fixId);
        stabilityForm.put("checkName", column(SeedAnalysis.STABILITY_CHECKS, 0));
        stabilityForm.put("checkOutcome", column(SeedAnalysis.STABILITY_CHECKS, 1));
        stabilityForm.put("checkMeasurement", column(SeedAnalysis.STABILITY_CHECKS, 2));
        stabilityForm.put("riskLevel", "LOW");
        stabilityForm.put("readiness", "GO");
        stabilityForm.put("notes", SeedAnalysis.STABILITY_NOTES);
        stabilityForm.put("action", "save");
        engineer.post("/stability-validations", stabilityForm).then().statusCode(303);

        // A manager reads it all back.
        WebClient manager = WebClient.loginAs("manager");
        String analysis = manager.get(analysisPath).asString();
        assertInOrder(analysis, "Five whys analysis", "Root cause analysis", SeedAnalysis.ROOT_CAUSE,
                "Why #1", SeedAnalysis.WHYS.get(0), "Why #2", SeedAnalysis.WHYS.get(1), "Why #3",
                "Integration tests didn", "Why #4", SeedAnalysis.WHYS.get(3),
                "Why #5", SeedAnalysis.WHYS.get(4), "Fix identified",
                "Update import from <code>netra_backend.app.db.session</code> to <code>netra_backend.app.db.database_manager</code>",
                "Prevention strategy", SeedAnalysis.PREVENTION);
        assertTrue(analysis.contains("Complete"));
        assertTrue(analysis.contains("dependency/import"));
        assertTrue(analysis.contains("GO</strong> · ready to deploy"), "the fix's go/no-go is on the analysis page");

        String fix = manager.get(fixPath).asString();
        assertTrue(fix.contains("<code>" + SeedAnalysis.FILE + "</code> (lines 2352-2353, 2465-2466)"));
        assertTrue(fix.contains("<code>8365f3012</code>"));
        assertTrue(fix.contains("<a href=\"https://github.com/netra-systems/netra-apex/pull/156\""));
        assertTrue(fix.contains("Overall score: <strong>96%</strong>"), "derived from the checks");
        assertInOrder(fix, "SSOT compliance audit", "SSOT Validation", "100%", "Import Validation", "Functional Validation",
                "Cross-Module Impact", "Mega Class Size", "outcome-WARN", "File exceeds 2000 lines (2660 lines)",
                "Recommendation:", "APPROVED");
        assertInOrder(fix, "System stability validation", "Import Chain Stability", "Performance Impact",
                "Database manager creation 0.0008s average", "LOW RISK", "Readiness:", "GO");
        assertTrue(fix.matches("(?s).*id=\"go-no-go\".*<strong>GO</strong> · ready to deploy.*"));
        assertTrue(!fix.contains("Blocked by:"));

        QuarkusTransaction.requiringNew().run(() -> {
            Analysis stored = Analysis.findById(analysisId);
            assertEquals(SeedAnalysis.WHYS, stored.whys.stream().map(w -> w.answer).toList());
            assertEquals(SeedAnalysis.ROOT_CAUSE, stored.rootCause);
            assertEquals(AnalysisStatus.COMPLETE, stored.status);
            Fix storedFix = Fix.findById(fixId);
            assertEquals("2352-2353, 2465-2466", storedFix.files.get(0).lineRanges);
            assertEquals(156, storedFix.pullRequestNumber);
            assertEquals("netra-systems/netra-apex", storedFix.pullRequestRepository);
            ComplianceAudit audit = ComplianceAudit.latestFor(storedFix);
            assertEquals(96, audit.score().overall().getAsInt());
            assertEquals(CheckOutcome.WARN, audit.checks.get(4).outcome);
            assertEquals(null, audit.checks.get(4).score);
            assertEquals(AuditRecommendation.APPROVED, audit.recommendation);
            StabilityValidation validation = StabilityValidation.latestFor(storedFix);
            assertEquals(RiskLevel.LOW, validation.riskLevel);
            assertEquals(Readiness.GO, validation.readiness);
            assertEquals("Database manager creation 0.0008s average", validation.checks.get(2).measurement);
            assertEquals(FailureStatus.FIX_IN_PROGRESS, ((Failure) Failure.findById(failure)).status);
        });
    }

    static void assertInOrder(String page, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = page.indexOf(part, at);
            assertTrue(found >= 0, "expected \"" + part + "\" after position " + at);
            at = found + part.length();
        }
    }

    private static List<String> column(List<List<String>> rows, int index) {
        List<String> column = new ArrayList<>();
        rows.forEach(row -> column.add(row.get(index)));
        return column;
    }
}
