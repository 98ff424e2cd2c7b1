package dev.fivewhys.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Seed 000's analysis, fix, audit and stability validation sent through the JSON API, as CI or a tool would. */
@QuarkusTest
class SeedAnalysisThroughApiTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void firstSeedLogThroughTheApiReadsBackTheSame() {
        long failure = SeedAnalysis.failure("netra-apex-api");

        Map<String, Object> analysis = new HashMap<>();
        analysis.put("failureId", failure);
        analysis.put("problemStatement", SeedAnalysis.PROBLEM);
        analysis.put("whys", SeedAnalysis.WHYS.stream().map(w -> Map.of("answer", w)).toList());
        analysis.put("rootCause", SeedAnalysis.ROOT_CAUSE);
        analysis.put("category", "dependency/import");
        analysis.put("fixIdentified", SeedAnalysis.FIX_IDENTIFIED);
        analysis.put("preventionStrategy", SeedAnalysis.PREVENTION);
        analysis.put("status", "COMPLETE");
        long analysisId = engineer().body(analysis).post("/api/analyses").then().statusCode(201)
                .body("status", equalTo("COMPLETE")).extract().jsonPath().getLong("id");

        JsonPath read = engineer().get("/api/analyses/" + analysisId).then().statusCode(200).extract().jsonPath();
        assertEquals(SeedAnalysis.WHYS, read.getList("whys.answer"));
        assertEquals(SeedAnalysis.ROOT_CAUSE, read.getString("rootCause"));
        assertEquals("dependency/import", read.getString("category"));
        assertEquals(SeedAnalysis.PREVENTION, read.getString("preventionStrategy"));

        Map<String, Object> fix = new HashMap<>();
        fix.put("analysisId", analysisId);
        fix.put("summary", SeedAnalysis.FIX_SUMMARY);
        fix.put("files", List.of(Map.of("path", SeedAnalysis.FILE, "lines", "2465-2466,2352-2353")));
        fix.put("commitSha", "8365F3012");
        fix.put("pullRequest", "#156");
        fix.put("tests", List.of(Map.of("path", "tests/mission_critical/test_websocket_agent_events_suite.py",
                "kind", "mission critical")));
        long fixId = engineer().body(fix).post("/api/fixes").then().statusCode(201)
                .body("files[0].lines", equalTo("2352-2353, 2465-2466"))
                .body("commitSha", equalTo("8365f3012"))
                .body("pullRequestUrl", equalTo("https://github.com/netra-systems/netra-apex/pull/156"))
                .body("goNoGo.verdict", equalTo("NO_GO"))
                .body("goNoGo.blockers", equalTo(List.of("No compliance audit yet", "No stability validation yet")))
                .extract().jsonPath().getLong("id");

        Map<String, Object> audit = new HashMap<>();
        audit.put("fixId", fixId);
        audit.put("kind", "SSOT");
        audit.put("checks", SeedAnalysis.AUDIT_CHECKS.stream().map(c -> {
            Map<String, Object> check = new HashMap<>();
            check.put("name", c.get(0));
            check.put("score", c.get(1).isEmpty() ? null : Integer.valueOf(c.get(1)));
            check.put("outcome", c.get(2));
            check.put("note", c.get(3));
            return check;
        }).toList());
        audit.put("verdict", SeedAnalysis.AUDIT_VERDICT);
        audit.put("recommendation", "APPROVED");
        audit.put("auditor", "SSOT compliance sub-agent");
        engineer().body(audit).post("/api/audits").then().statusCode(201)
                .body("derivedScore", equalTo(96)).body("overallScore", equalTo(96)).body("overrideScore", nullValue())
                .body("checks[4].name", equalTo("Mega Class Size")).body("checks[4].outcome", equalTo("WARN"));

        Map<String, Object> stability = new HashMap<>();
        stability.put("fixId", fixId);
        stability.put("checks", SeedAnalysis.STABILITY_CHECKS.stream()
                .map(c -> Map.of("name", c.get(0), "outcome", c.get(1), "measurement", c.get(2))).toList());
        stability.put("riskLevel", "LOW");
        stability.put("readiness", "GO");
        stability.put("notes", SeedAnalysis.STABILITY_NOTES);
        engineer().body(stability).post("/api/stability-validations").then().statusCode(201)
                .body("checks[2].measurement", equalTo("Database manager creation 0.0008s average"));

        given().auth().preemptive().basic("manager", "manager-password").get("/api/fixes/" + fixId).then()
                .statusCode(200)
                .body("files[0].path", equalTo(SeedAnalysis.FILE))
                .body("audits[0].score", equalTo("96%"))
                .body("audits[0].recommendation", equalTo("APPROVED"))
                .body("stabilityValidations[0].riskLevel", equalTo("LOW"))
                .body("stabilityValidations[0].readiness", equalTo("GO"))
                .body("goNoGo.readyToDeploy", equalTo(true))
                .body("goNoGo.verdict", equalTo("GO"));
    }

    @Test
    void theApiChecksLikeTheFormsAndRefusesStaleVersions() {
        long failure = SeedAnalysis.failure("netra-apex-api");
        Map<String, Object> analysis = new HashMap<>();
        analysis.put("failureId", failure);
        analysis.put("whys", List.of(Map.of("answer", "Because")));
        analysis.put("status", "COMPLETE");
        engineer().body(analysis).post("/api/analyses").then().statusCode(400)
                .body("message", containsString("problemStatement: Write the problem statement"))
                .body("message", containsString("rootCause: Name the root cause"));

        analysis.put("status", "DRAFT");
        analysis.put("whys", List.of(Map.of("answer", "Because", "evidenceKind", "LINK", "evidence", "nope")));
        engineer().body(analysis).post("/api/analyses").then().statusCode(400)
                .body("message", containsString("whys[0].evidence: A link starts with"));

        analysis.put("whys", List.of(Map.of("answer", "Because")));
        long id = engineer().body(analysis).post("/api/analyses").then().statusCode(201).extract().jsonPath().getLong("id");
        analysis.put("rootCause", "Found it");
        analysis.put("version", 0);
        engineer().body(analysis).put("/api/analyses/" + id).then().statusCode(200).body("rootCause", equalTo("Found it"));
        engineer().body(analysis).put("/api/analyses/" + id).then().statusCode(409);

        Map<String, Object> fix = new HashMap<>();
        fix.put("analysisId", id);
        fix.put("summary", "Fix");
        fix.put("commitSha", "xyz");
        fix.put("pullRequest", "https://github.com/someone-else/repo/pull/3");
        fix.put("files", List.of(Map.of("path", "a.py", "lines", "10-5")));
        engineer().body(fix).post("/api/fixes").then().statusCode(400)
                .body("message", containsString("commitSha: \"xyz\" is not a commit SHA"))
                .body("message", containsString("pullRequest: That pull request is in someone-else/repo"))
                .body("message", containsString("files[0].lines: \"10-5\""));

        given().auth().preemptive().basic("manager", "manager-password").contentType("application/json")
                .body(analysis).post("/api/analyses").then().statusCode(403);
    }

    private static RequestSpecification engineer() {
        return given().auth().preemptive().basic("engineer", "engineer-password").contentType("application/json");
    }
}
