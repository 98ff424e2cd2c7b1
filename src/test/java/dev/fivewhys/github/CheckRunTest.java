package dev.fivewhys.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.audit.AuditCheck;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixFile;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The app as a GitHub App: it signs a JWT with its key, trades it for an installation token, and keeps the check run
 * five-whys/go-no-go beside the commit status on the pull request's head, created once and then updated. The stub's
 * answers follow GitHub's REST documentation (Apps: "Create an installation access token"; Checks: "List check runs
 * for a Git reference", "Create a check run", "Update a check run").
 */
@QuarkusTest
@TestProfile(GitHubAppProfile.class)
class CheckRunTest {

    private static final String HEAD = "2d29c787b46ce61b98a1c13e05e21ebc21f49dbf";
    private static final String REPO = "/repos/hub4j-test-org/github-api";
    private static final String INSTALLATION_TOKEN = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";
    private static final ObjectMapper JSON = new ObjectMapper();

    @jakarta.inject.Inject
    SyncWorker worker;

    GitHubStub stub = GitHubStubResource.stub();

    @BeforeEach
    void stubGitHub() {
        stub.removeFaults();
        GitHubFixtures.cleanQueue();
        stub.stub(post(urlPathEqualTo("/app/installations/" + GitHubAppProfile.INSTALLATION_ID + "/access_tokens"))
                .willReturn(json(201, """
                        {"token": "%s", "expires_at": "2099-01-01T00:00:00Z",
                         "permissions": {"checks": "write", "statuses": "write", "issues": "write",
                                         "pull_requests": "write", "metadata": "read"},
                         "repository_selection": "selected"}
                        """.formatted(INSTALLATION_TOKEN))));
        stub.stub(post(urlPathMatching(REPO + "/statuses/[0-9a-f]+")).willReturn(json(201, """
                {"id": 1, "state": "pending", "description": "", "target_url": null, "context": "five-whys/go-no-go",
                 "created_at": "2026-11-27T10:00:00Z", "updated_at": "2026-11-27T10:00:00Z"}
                """)));
        // No check run on the commit until the app creates one; from then on the listing shows it.
        String scenario = "check run " + System.nanoTime();
        stub.stub(get(urlPathEqualTo(REPO + "/commits/" + HEAD + "/check-runs")).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(json(200, "{\"total_count\": 0, \"check_runs\": []}")));
        stub.stub(get(urlPathEqualTo(REPO + "/commits/" + HEAD + "/check-runs")).inScenario(scenario)
                .whenScenarioStateIs("created")
                .willReturn(json(200, "{\"total_count\": 1, \"check_runs\": [" + checkRun("in_progress") + "]}")));
        stub.stub(post(urlPathEqualTo(REPO + "/check-runs")).inScenario(scenario).willSetStateTo("created")
                .willReturn(json(201, checkRun("in_progress"))));
        stub.stub(patch(urlPathEqualTo(REPO + "/check-runs/4")).willReturn(json(200, checkRun("completed"))));
        stub.forgetCalls();
    }

    @Test
    void theCheckRunIsCreatedOnceThenFollowsTheGoNoGoWithAnnotationsOnTheChangedLines() throws Exception {
        long fix = fixWithChangedFiles();

        worker.drain(20);
        GitHubStub.Call trade = stub.onlyCall("POST", "/app/installations/4711/access_tokens");
        assertSignedByTheAppsKey(trade.authorization());
        assertEquals("Bearer " + INSTALLATION_TOKEN, stub.onlyCall("POST", REPO + "/statuses/" + HEAD).authorization(),
                "GitHub is called with the installation token, not the JWT");
        assertTrue(stub.onlyCall("GET", REPO + "/commits/" + HEAD + "/check-runs").query()
                .matches("(.*&)?check_name=five-whys(%2F|/)go-no-go(&.*)?"), "looked up by name first");
        JsonNode created = stub.onlyCall("POST", REPO + "/check-runs").json();
        assertEquals("five-whys/go-no-go", created.path("name").asText());
        assertEquals(HEAD, created.path("head_sha").asText());
        assertEquals("in_progress", created.path("status").asText(), created.toString());
        assertTrue(created.path("conclusion").isMissingNode() || created.path("conclusion").isNull());
        assertTrue(created.path("details_url").asText().endsWith("/fixes/" + fix));
        assertEquals("Awaiting: No compliance audit yet; No stability validation yet",
                created.path("output").path("title").asText());
        JsonNode annotations = created.path("output").path("annotations");
        assertEquals(3, annotations.size(), annotations.toString());
        assertAnnotation(annotations.get(0), "src/main/java/Importer.java", 12, 14, "warning");
        assertAnnotation(annotations.get(1), "src/main/java/Importer.java", 40, 40, "warning");
        assertAnnotation(annotations.get(2), "README.md", 1, 1, "warning");
        stub.forgetCalls();

        audit(fix, AuditRecommendation.APPROVED);
        stability(fix, Readiness.GO, null);
        JsonNode go = updated();
        assertEquals("success", go.path("conclusion").asText(), go.toString());
        String summary = go.path("output").path("summary").asText();
        assertTrue(summary.contains("**GO**"), summary);
        assertTrue(summary.contains("SSOT: **APPROVED**, score 90%"), "the audit score (100 and 80): " + summary);
        assertTrue(summary.contains("| Mega Class Size | WARN |  | file exceeds 2000 lines |"), summary);
        assertTrue(summary.contains("**GO**, risk LOW"), "the stability validation: " + summary);
        assertTrue(summary.contains("[Fix #" + fix + ": Update the import]("), "links to the fix: " + summary);
        assertEquals("notice", go.path("output").path("annotations").get(0).path("annotation_level").asText());
        assertEquals(List.of(), stub.calls("POST", "/app/installations/.*"), "the installation token is reused");

        stability(fix, Readiness.CONDITIONAL_GO, "Watch p95 latency for an hour");
        JsonNode conditional = updated();
        assertEquals("action_required", conditional.path("conclusion").asText());
        assertEquals("CONDITIONAL GO: Watch p95 latency for an hour", conditional.path("output").path("title").asText());

        stability(fix, Readiness.NO_GO, "Memory grows");
        JsonNode noGo = updated();
        assertEquals("failure", noGo.path("conclusion").asText());
        assertEquals("NO GO: Stability says NO GO", noGo.path("output").path("title").asText());
        assertTrue(noGo.path("output").path("summary").asText().contains("**NO GO**, risk LOW: Memory grows"));
        assertEquals("failure", noGo.path("output").path("annotations").get(0).path("annotation_level").asText());
    }

    @Test
    void aCheckRunLeftOnTheCommitByAnEarlierAttemptIsUpdatedNotDuplicated() {
        // e.g. GitHub created it but its answer was lost, and the worker sends the job again
        stub.stub(get(urlPathEqualTo(REPO + "/commits/" + HEAD + "/check-runs"))
                .willReturn(json(200, "{\"total_count\": 1, \"check_runs\": [" + checkRun("in_progress") + "]}")));
        long fix = fixWithChangedFiles();
        JsonNode body = updated();
        assertEquals("in_progress", body.path("status").asText(), body.toString());
        assertTrue(body.path("details_url").asText().endsWith("/fixes/" + fix));
    }

    /** The status and an update of the check run found on the head, never a second check run. */
    private JsonNode updated() {
        worker.drain(20);
        stub.onlyCall("POST", REPO + "/statuses/" + HEAD);
        assertEquals(List.of(), stub.calls("POST", REPO + "/check-runs"), "found by name and updated, not duplicated");
        JsonNode body = stub.onlyCall("PATCH", REPO + "/check-runs/4").json();
        assertFalse(body.has("head_sha"), "an update names the check run by its id");
        stub.forgetCalls();
        return body;
    }

    private static void assertSignedByTheAppsKey(String authorization) throws Exception {
        assertTrue(authorization.startsWith("Bearer "), authorization);
        String[] jwt = authorization.substring("Bearer ".length()).split("\\.");
        assertEquals(3, jwt.length, "a JWT: header, claims, signature");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                .decode(ConfigProvider.getConfig().getValue(GitHubAppProfile.PUBLIC_KEY, String.class))));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(jwt[2])), "signed with the configured private key");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        assertEquals("RS256", header.path("alg").asText());
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertEquals(GitHubAppProfile.APP_ID, claims.path("iss").asText(), claims.toString());
        long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertTrue(lifetime > 0 && lifetime <= 600, "GitHub takes JWTs of at most ten minutes: " + claims);
    }

    private static void assertAnnotation(JsonNode annotation, String path, int start, int end, String level) {
        assertEquals(path, annotation.path("path").asText(), annotation.toString());
        assertEquals(start, annotation.path("start_line").asInt(), annotation.toString());
        assertEquals(end, annotation.path("end_line").asInt(), annotation.toString());
        assertEquals(level, annotation.path("annotation_level").asText(), annotation.toString());
        assertTrue(annotation.path("message").asText().startsWith("Changed by fix #"), annotation.toString());
    }

    private static long fixWithChangedFiles() {
        long analysis = AnalysisFixtures.chain("gh-checkrun").analysis();
        Uploads.execute("update project set github_auto_severity = 'LOW' where slug = 'gh-checkrun'");
        return QuarkusTransaction.requiringNew().call(() -> {
            Fix created = new Fix();
            created.analysis = Analysis.findById(analysis);
            created.summary = "Update the import";
            created.status = FixStatus.PROPOSED;
            created.pullRequestRepository = GitHubStub.PR_REPO;
            created.pullRequestNumber = 272;
            created.recordedAt = Instant.now();
            created.updatedAt = created.recordedAt;
            created.files.add(file(created, 0, "src/main/java/Importer.java", "12-14, 40"));
            created.files.add(file(created, 1, "README.md", ""));
            created.persist();
            return created.id;
        });
    }

    private static FixFile file(Fix fix, int position, String path, String lines) {
        FixFile file = new FixFile();
        file.fix = fix;
        file.position = position;
        file.path = path;
        file.lineRanges = lines;
        return file;
    }

    private static void audit(long fix, AuditRecommendation recommendation) {
        QuarkusTransaction.requiringNew().run(() -> {
            ComplianceAudit audit = new ComplianceAudit();
            audit.fix = Fix.findById(fix);
            audit.kind = "SSOT";
            audit.recommendation = recommendation;
            audit.recordedAt = Instant.now();
            audit.updatedAt = audit.recordedAt;
            audit.checks.add(check(audit, 0, "Single Source", 100, CheckOutcome.PASS, null));
            audit.checks.add(check(audit, 1, "Mega Class Size", null, CheckOutcome.WARN, "file exceeds 2000 lines"));
            audit.persist();
        });
    }

    private static AuditCheck check(ComplianceAudit audit, int position, String name, Integer score,
            CheckOutcome outcome, String note) {
        AuditCheck check = new AuditCheck();
        check.audit = audit;
        check.position = position;
        check.name = name;
        check.score = score;
        check.outcome = outcome;
        check.note = note;
        return check;
    }

    private static void stability(long fix, Readiness readiness, String notes) {
        QuarkusTransaction.requiringNew().run(() -> {
            StabilityValidation validation = new StabilityValidation();
            validation.fix = Fix.findById(fix);
            validation.riskLevel = RiskLevel.LOW;
            validation.readiness = readiness;
            validation.notes = notes;
            validation.recordedAt = Instant.now();
            validation.updatedAt = validation.recordedAt;
            validation.persist();
        });
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A check run as GitHub describes it, abridged to what the library reads. */
    private static String checkRun(String status) {
        return """
                {"id": 4, "head_sha": "%s", "node_id": "MDg6Q2hlY2tSdW40", "external_id": "",
                 "url": "https://api.github.com/repos/hub4j-test-org/github-api/check-runs/4",
                 "html_url": "https://github.com/hub4j-test-org/github-api/runs/4",
                 "details_url": "https://five-whys.example.com/fixes/1", "status": "%s", "conclusion": %s,
                 "started_at": "2026-11-27T10:00:00Z", "completed_at": %s,
                 "output": {"title": "five-whys/go-no-go", "summary": "", "text": null, "annotations_count": 3,
                            "annotations_url": "https://api.github.com/repos/hub4j-test-org/github-api/check-runs/4/annotations"},
                 "name": "five-whys/go-no-go", "check_suite": {"id": 5},
                 "app": {"id": 424242, "slug": "five-whys", "name": "Five Whys"}, "pull_requests": []}
                """
                .formatted(HEAD, status, "completed".equals(status) ? "\"success\"" : "null",
                        "completed".equals(status) ? "\"2026-11-27T10:05:00Z\"" : "null");
    }
}
