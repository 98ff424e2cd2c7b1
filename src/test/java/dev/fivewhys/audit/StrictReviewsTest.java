package dev.fivewhys.audit;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.core.Choices;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Audits and stability validations take only what they can read: an unknown or blank outcome or choice is refused
 * beside its field, with the same words on the form and in the API, and nothing is stored; it never counts as PASS.
 */
@QuarkusTest
class StrictReviewsTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @ParameterizedTest
    @ValueSource(strings = { "BOGUS", "", "pass", "PASS_" })
    void anAuditCheckOutcomeThatIsNotOneIsRefusedAndTheScoreStaysAsItWas(String outcome) {
        Chain chain = AnalysisFixtures.chain("strict-reviews");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/audits/" + chain.audit() + "/edit");
        Map<String, Object> form = auditForm(chain.fix());
        form.put("checkOutcome", List.of("FAIL", outcome));
        String page = engineer.post("/audits/" + chain.audit(), form).then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"checkOutcome-2-error\">" + Choices.message(CheckOutcome.class) + "</p>"), page);
        assertTrue(page.contains("value=\"Import Validation\""), "input kept");
        assertEquals("no score", score(chain.audit()), "the audit is as it was: an unread outcome never counts as PASS");

        Map<String, Object> body = auditJson(chain.fix());
        body.put("checks", List.of(check("SSOT Validation", "FAIL"), check("Import Validation", outcome)));
        body.put("version", 0);
        Api.engineer().body(body).put("/api/audits/" + chain.audit()).then().statusCode(400)
                .body("message", containsString("checks[1].outcome: " + Choices.message(CheckOutcome.class)));
        Api.engineer().body(body).post("/api/audits").then().statusCode(400)
                .body("message", containsString("checks[1].outcome: " + Choices.message(CheckOutcome.class)));
        assertEquals(1, audits(chain.fix()), "nothing recorded");
    }

    @Test
    void aMissingOutcomeInTheApiIsRefusedAsOnTheForm() {
        Chain chain = AnalysisFixtures.chain("strict-reviews");
        Map<String, Object> body = auditJson(chain.fix());
        body.put("checks", List.of(Map.of("name", "Import Validation")));
        Api.engineer().body(body).post("/api/audits").then().statusCode(400)
                .body("message", containsString("checks[0].outcome: " + Choices.message(CheckOutcome.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "BOGUS", "" })
    void aStabilityCheckOutcomeThatIsNotOneIsRefusedOnTheFormAndInTheApi(String outcome) {
        Chain chain = AnalysisFixtures.chain("strict-reviews");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/stability-validations/new?fix=" + chain.fix());
        Map<String, Object> form = new HashMap<>();
        form.put("fixId", chain.fix());
        form.put("checkName", List.of("Performance Impact"));
        form.put("checkOutcome", List.of(outcome));
        form.put("checkMeasurement", List.of("0.0008s average"));
        form.put("riskLevel", "LOW");
        form.put("readiness", "GO");
        String page = engineer.post("/stability-validations", form).then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"checkOutcome-1-error\">" + Choices.message(CheckOutcome.class) + "</p>"), page);
        assertTrue(page.contains("value=\"0.0008s average\""), "input kept");

        Map<String, Object> body = new HashMap<>();
        body.put("fixId", chain.fix());
        body.put("checks", List.of(Map.of("name", "Performance Impact", "outcome", outcome, "measurement", "0.3s")));
        body.put("riskLevel", "LOW");
        body.put("readiness", "GO");
        Api.engineer().body(body).post("/api/stability-validations").then().statusCode(400)
                .body("message", containsString("checks[0].outcome: " + Choices.message(CheckOutcome.class)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> StabilityValidation.count("fix.id", chain.fix())), "nothing recorded");
    }

    @Test
    void unknownRecommendationsRisksAndReadinessesAreRefusedWithTheFormsWords() {
        Chain chain = AnalysisFixtures.chain("strict-reviews");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/audits/new?fix=" + chain.fix());
        Map<String, Object> form = auditForm(chain.fix());
        form.put("recommendation", "APPROVED_MAYBE");
        String page = engineer.post("/audits", form).then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"recommendation-error\">" + Choices.message(AuditRecommendation.class) + "</p>"), page);
        Map<String, Object> body = auditJson(chain.fix());
        body.put("recommendation", "APPROVED_MAYBE");
        Api.engineer().body(body).post("/api/audits").then().statusCode(400)
                .body("message", containsString("recommendation: " + Choices.message(AuditRecommendation.class)));

        Map<String, Object> stability = new HashMap<>();
        stability.put("fixId", chain.fix());
        stability.put("riskLevel", "LOW");
        stability.put("readiness", "MAYBE");
        Api.engineer().body(stability).post("/api/stability-validations").then().statusCode(400)
                .body("message", containsString("readiness: " + Choices.message(Readiness.class)));
        stability.put("readiness", "GO");
        stability.put("riskLevel", "low");
        Api.engineer().body(stability).post("/api/stability-validations").then().statusCode(400)
                .body("message", containsString("riskLevel: " + Choices.message(RiskLevel.class)));
        stability.put("riskLevel", null);
        Api.engineer().body(stability).post("/api/stability-validations").then().statusCode(400)
                .body("message", containsString("riskLevel: " + Choices.message(RiskLevel.class)));
    }

    @Test
    void aScoreThatIsNotAWholePercentageIsRefusedAndAFractionIsNotRoundedAway() {
        Chain chain = AnalysisFixtures.chain("strict-reviews");
        Map<String, Object> body = auditJson(chain.fix());
        body.put("overrideScore", 95.7);
        Api.engineer().body(body).post("/api/audits").then().statusCode(400);
        body.put("overrideScore", "95");
        Api.engineer().body(body).post("/api/audits").then().statusCode(400);
        assertEquals(1, audits(chain.fix()), "nothing recorded");
    }

    private static Map<String, Object> check(String name, String outcome) {
        Map<String, Object> check = new HashMap<>();
        check.put("name", name);
        check.put("outcome", outcome);
        return check;
    }

    private static Map<String, Object> auditJson(long fix) {
        Map<String, Object> body = new HashMap<>();
        body.put("fixId", fix);
        body.put("kind", "SSOT");
        body.put("checks", new ArrayList<>(List.of(check("Import Validation", "PASS"))));
        body.put("recommendation", "APPROVED");
        return body;
    }

    private static Map<String, Object> auditForm(long fix) {
        Map<String, Object> form = new HashMap<>();
        form.put("fixId", fix);
        form.put("kind", "SSOT");
        form.put("checkName", List.of("SSOT Validation", "Import Validation"));
        form.put("checkScore", List.of("", ""));
        form.put("checkOutcome", List.of("PASS", "PASS"));
        form.put("checkNote", List.of("", ""));
        form.put("recommendation", "APPROVED");
        form.put("version", "0");
        form.put("action", "save");
        return form;
    }

    private static String score(long auditId) {
        return QuarkusTransaction.requiringNew().call(() -> ComplianceAudit.<ComplianceAudit> findById(auditId).score()
                .toString());
    }

    private static long audits(long fixId) {
        return QuarkusTransaction.requiringNew().call(() -> ComplianceAudit.count("fix.id", fixId));
    }
}
