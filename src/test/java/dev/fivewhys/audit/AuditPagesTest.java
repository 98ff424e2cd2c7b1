package dev.fivewhys.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.fivewhys.fix.Fix;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Audits and stability validations through the pages, and what the fix page says about go/no-go for every
 * combination of the latest audit and the latest stability readiness (GoNoGoTest covers the rule itself).
 */
@QuarkusTest
class AuditPagesTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void theOverallScoreIsDerivedFromTheChecksUnlessTheAuditorOverridesItAndThenBothAreShown() {
        Chain chain = AnalysisFixtures.chain("audit-pages");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/audits/new?fix=" + chain.fix()).then().statusCode(200);
        Map<String, Object> form = auditForm(chain.fix());
        engineer.post("/audits", form).then().statusCode(303);
        String page = engineer.get("/fixes/" + chain.fix()).asString();
        assertTrue(page.contains("Overall score: <strong>96%</strong>"), "100, 100, 100, 100 and a WARN (80)");

        long auditId = QuarkusTransaction.requiringNew()
                .call(() -> ComplianceAudit.latestFor(Fix.findById(chain.fix())).id);
        engineer.get("/audits/" + auditId + "/edit").then().statusCode(200);
        form.put("overrideScore", "90");
        form.put("version", "0");
        engineer.post("/audits/" + auditId, form).then().statusCode(303);
        page = engineer.get("/fixes/" + chain.fix()).asString();
        assertTrue(page.contains("Overall score: <strong>90% (96% from the checks)</strong>"), "both shown");
        assertTrue(page.contains("the auditor&#39;s figure") || page.contains("the auditor's figure"));

        form.put("overrideScore", "120");
        form.put("checkScore", List.of("100", "abc", "100", "100", ""));
        form.put("version", "1");
        String invalid = engineer.post("/audits/" + auditId, form).then().statusCode(400).extract().asString();
        assertTrue(invalid.contains("id=\"overrideScore-error\">A percentage from 0 to 100, or empty to use the score "
                + "from the checks</p>"));
        assertTrue(invalid.contains("id=\"checkScore-2-error\">A percentage from 0 to 100, or empty</p>"));
        assertTrue(invalid.contains("value=\"abc\""), "kept as typed");
    }

    @Test
    void approvingWithConditionsNeedsTheConditionsAndTheFixPageListsThem() {
        Chain chain = AnalysisFixtures.chain("audit-pages");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/audits/new?fix=" + chain.fix());
        Map<String, Object> form = auditForm(chain.fix());
        form.put("recommendation", "APPROVED_WITH_CONDITIONS");
        String page = engineer.post("/audits", form).then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"conditions-error\">List the conditions, one per line</p>"));
        form.put("conditions", "Split the mega class in a follow-up\n\nAdd an import smoke test");
        engineer.post("/audits", form).then().statusCode(303);
        page = engineer.get("/fixes/" + chain.fix()).asString();
        // The fixture's stability validation says GO, so the conditions are all that stands between.
        assertTrue(page.contains("<strong>CONDITIONAL GO</strong> · ready to deploy"), page);
        assertTrue(page.contains("<li>Split the mega class in a follow-up</li><li>Add an import smoke test</li>"));
    }

    @Test
    void stabilityChoicesAreCheckedBesideTheirFields() {
        Chain chain = AnalysisFixtures.chain("audit-pages");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/stability-validations/new?fix=" + chain.fix()).then().statusCode(200);
        Map<String, Object> form = new HashMap<>();
        form.put("fixId", chain.fix());
        form.put("checkName", List.of("Performance Impact", ""));
        form.put("checkOutcome", List.of("PASS", "PASS"));
        form.put("checkMeasurement", List.of("Database manager creation 0.0008s average", "0.3s"));
        form.put("riskLevel", "");
        form.put("readiness", "MAYBE");
        String page = engineer.post("/stability-validations", form).then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"riskLevel-error\">Choose low, medium or high</p>"));
        assertTrue(page.contains("id=\"readiness-error\">Choose GO, CONDITIONAL GO or NO GO</p>"));
        assertTrue(page.contains("id=\"checkName-2-error\">Name the check</p>"));
        assertTrue(page.contains("value=\"Database manager creation 0.0008s average\""));
    }

    static Stream<Arguments> combinations() {
        List<AuditRecommendation> audits = new ArrayList<>(List.of(AuditRecommendation.values()));
        audits.add(0, null);
        List<Readiness> readinesses = new ArrayList<>(List.of(Readiness.values()));
        readinesses.add(0, null);
        return audits.stream().flatMap(a -> readinesses.stream().map(r -> Arguments.of(a, r)));
    }

    /** Every combination, as the fix page shows it: the verdict, and each blocker and condition in words. */
    @ParameterizedTest(name = "audit {0}, stability {1}")
    @MethodSource("combinations")
    void theFixPageSaysWhetherItMayBeDeployedAndWhatBlocksIt(AuditRecommendation audit, Readiness readiness) {
        long fixId = fixWith("go-no-go", audit, readiness);
        GoNoGo.Decision expected = GoNoGo.evaluate(audit, List.of("Split the mega class"), readiness, null);
        String page = WebClient.loginAs("manager").get("/fixes/" + fixId).asString();
        String goNoGo = page.substring(page.indexOf("id=\"go-no-go\""), page.indexOf("id=\"audits\""));
        assertTrue(goNoGo.contains("<strong>" + expected.verdict().label + "</strong> · "
                + (expected.readyToDeploy() ? "ready to deploy" : "not ready to deploy")), goNoGo);
        for (String blocker : expected.blockers()) {
            assertTrue(goNoGo.contains("<li>" + blocker + "</li>"), blocker);
        }
        for (String condition : expected.conditions()) {
            assertTrue(goNoGo.contains("<li>" + condition + "</li>"), condition);
        }
        assertEquals(!expected.blockers().isEmpty(), goNoGo.contains("Blocked by:"));
    }

    @Test
    void onlyTheLatestAuditAndValidationCount() {
        long fixId = fixWith("go-no-go", AuditRecommendation.REJECTED, Readiness.NO_GO);
        QuarkusTransaction.requiringNew().run(() -> {
            Fix fix = Fix.findById(fixId);
            audit(fix, AuditRecommendation.APPROVED, Instant.now().plusSeconds(5));
            validation(fix, Readiness.GO, Instant.now().plusSeconds(5));
        });
        String page = WebClient.loginAs("manager").get("/fixes/" + fixId).asString();
        assertTrue(page.contains("<strong>GO</strong> · ready to deploy"));
    }

    private static long fixWith(String slug, AuditRecommendation recommendation, Readiness readiness) {
        Chain chain = AnalysisFixtures.chain(slug);
        return QuarkusTransaction.requiringNew().call(() -> {
            Fix fix = Fix.findById(chain.fix());
            ComplianceAudit.delete("fix", fix);
            StabilityValidation.delete("fix", fix);
            if (recommendation != null) {
                audit(fix, recommendation, Instant.now());
            }
            if (readiness != null) {
                validation(fix, readiness, Instant.now());
            }
            return fix.id;
        });
    }

    private static void audit(Fix fix, AuditRecommendation recommendation, Instant at) {
        ComplianceAudit audit = new ComplianceAudit();
        audit.fix = fix;
        audit.kind = "SSOT";
        audit.recommendation = recommendation;
        audit.conditions.add("Split the mega class");
        audit.recordedAt = at;
        audit.updatedAt = at;
        audit.persist();
    }

    private static void validation(Fix fix, Readiness readiness, Instant at) {
        StabilityValidation validation = new StabilityValidation();
        validation.fix = fix;
        validation.riskLevel = RiskLevel.LOW;
        validation.readiness = readiness;
        validation.recordedAt = at;
        validation.updatedAt = at;
        validation.persist();
    }

    private static Map<String, Object> auditForm(long fix) {
        Map<String, Object> form = new HashMap<>();
        form.put("fixId", fix);
        form.put("kind", "SSOT");
        form.put("checkName", List.of("SSOT Validation", "Import Validation", "Functional Validation",
                "Cross-Module Impact", "Mega Class Size"));
        form.put("checkScore", List.of("100", "100", "100", "100", ""));
        form.put("checkOutcome", List.of("PASS", "PASS", "PASS", "PASS", "WARN"));
        form.put("checkNote", List.of("", "", "", "", "File exceeds 2000 lines (2660 lines)"));
        form.put("overrideScore", "");
        form.put("recommendation", "APPROVED");
        form.put("conditions", "");
        form.put("auditor", "engineer");
        form.put("action", "save");
        return form;
    }
}
