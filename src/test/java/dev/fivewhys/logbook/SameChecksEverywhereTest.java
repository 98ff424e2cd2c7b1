package dev.fivewhys.logbook;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.audit.AuditContent;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.Check;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.core.Sha256;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.fix.FixContent;
import dev.fivewhys.logbook.ImportPlan.AnalysisPlan;
import dev.fivewhys.logbook.ImportPlan.Dated;
import dev.fivewhys.logbook.ImportPlan.FixPlan;
import dev.fivewhys.project.Project;
import dev.fivewhys.session.SessionContent;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The form, the API and the importer hand their content to the same services, so a value out of bounds is refused by
 * all three, with the same words about the same field.
 */
@QuarkusTest
class SameChecksEverywhereTest {

    private static final String LONG_NOTE = "x".repeat(5_001);
    private static final String AT_MOST_5000 = "At most 5,000 characters";

    @Inject
    ImportWriter writer;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @BeforeEach
    void forget() {
        LogImports.forgetImports();
    }

    @Test
    void aCheckScoreOutOfRangeIsRefusedByTheFormTheApiAndTheImporter() {
        Chain chain = AnalysisFixtures.chain("same-checks");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/audits/new?fix=" + chain.fix());
        String page = engineer.post("/audits", auditForm(chain.fix(), "120", "")).then().statusCode(400).extract()
                .asString();
        assertTrue(page.contains("id=\"checkScore-1-error\">" + Check.SCORE + "</p>"), page);

        Api.engineer().body(auditJson(chain.fix(), 120, null)).post("/api/audits").then().statusCode(400)
                .body("message", containsString("checks[0].score: " + Check.SCORE));

        String title = "Imported with a score of 120 " + Instant.now();
        ImportPlan plan = planWithAudit(title, new Check("Import Validation", 120, CheckOutcome.PASS, null));
        assertTrue(writer.problems(plan).stream().anyMatch(p -> p.contains("(checks[0].score): " + Check.SCORE)),
                writer.problems(plan).toString());
        long project = Fixtures.project("same-checks").id;
        ValidationProblem refused = assertThrows(ValidationProblem.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> writer.create(plan, Project.findById(project),
                        new ImportWriter.Source(Sha256.hex(title), null, "engineer"))));
        assertTrue(refused.getMessage().contains("checks[0].score: " + Check.SCORE), refused.getMessage());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> TestSession.count("title", title)),
                "the refused import left nothing behind");
    }

    @Test
    void aCheckNoteLongerThanAnAuditKeepsIsRefusedByTheFormTheApiAndTheImportPreview() {
        Chain chain = AnalysisFixtures.chain("same-checks");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/audits/new?fix=" + chain.fix());
        String page = engineer.post("/audits", auditForm(chain.fix(), "", LONG_NOTE)).then().statusCode(400).extract()
                .asString();
        assertTrue(page.contains("id=\"checkNote-1-error\">" + AT_MOST_5000 + "</p>"), page);

        Api.engineer().body(auditJson(chain.fix(), null, LONG_NOTE)).post("/api/audits").then().statusCode(400)
                .body("message", containsString("checks[0].note: " + AT_MOST_5000));

        String log = """
                # Session with a long audit note
                ## SESSION LOG
                ### 2025-09-10 11:00 - FIVE WHYS ANALYSIS
                **Why #1**: because
                ### 2025-09-10 12:00 - FIX
                ✅ **Fix Applied**: the fix
                ### 2025-09-10 13:00 - SSOT COMPLIANCE AUDIT COMPLETED
                ✅ **Import Validation**: %s (100%% compliant)
                ✅ **Recommendation**: APPROVED
                """.formatted(LONG_NOTE);
        String preview = LogImports.preview(engineer, Fixtures.project("same-checks").id, "long.md", log).then()
                .statusCode(400).extract().asString();
        assertTrue(preview.contains("(checks[0].note): " + AT_MOST_5000), preview);
        assertTrue(!preview.contains("/sessions/import/confirm"), "no way to confirm it");
    }

    private static ImportPlan planWithAudit(String title, Check check) {
        Instant at = Instant.parse("2025-09-10T13:00:00Z");
        AuditContent audit = new AuditContent("SSOT", List.of(check), null, null, AuditRecommendation.APPROVED,
                List.of(), null, null);
        FixPlan fix = new FixPlan(new FixContent("the fix", List.of(), null, null, null, List.of()), at,
                List.of(new Dated<>(audit, at)), List.of());
        AnalysisPlan analysis = new AnalysisPlan(new AnalysisContent(null,
                List.of(new AnalysisContent.Why("because", null, null)), null, null, null, null), at, List.of(fix));
        SessionContent session = new SessionContent(title, null, null, SessionStatus.RUNNING, at, null, null, null, null);
        return new ImportPlan(session, List.of(), List.of(), List.of(), List.of(analysis), List.of(), List.of(), List.of());
    }

    private static Map<String, Object> auditForm(long fix, String score, String note) {
        Map<String, Object> form = new HashMap<>();
        form.put("fixId", fix);
        form.put("kind", "SSOT");
        form.put("checkName", List.of("Import Validation"));
        form.put("checkScore", List.of(score));
        form.put("checkOutcome", List.of("PASS"));
        form.put("checkNote", List.of(note));
        form.put("recommendation", "APPROVED");
        form.put("action", "save");
        return form;
    }

    private static Map<String, Object> auditJson(long fix, Integer score, String note) {
        Map<String, Object> check = new HashMap<>();
        check.put("name", "Import Validation");
        check.put("score", score);
        check.put("outcome", "PASS");
        check.put("note", note);
        Map<String, Object> body = new HashMap<>();
        body.put("fixId", fix);
        body.put("kind", "SSOT");
        body.put("checks", List.of(check));
        body.put("recommendation", "APPROVED");
        return body;
    }
}
