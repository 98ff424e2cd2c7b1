package dev.fivewhys.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.github.webhook.WebhookProcessor;
import dev.fivewhys.github.webhook.WebhookSignature;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A fix's go/no-go on its pull request's head commit, as the commit status five-whys/go-no-go, through the real
 * github-api client and the outbox against the stub: through every readiness change, and again on new commits.
 */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class GoNoGoStatusTest {

    /** The head of pull request 272 in the recorded traffic. */
    private static final String HEAD = "2d29c787b46ce61b98a1c13e05e21ebc21f49dbf";
    private static final String STATUSES = "/repos/hub4j-test-org/github-api/statuses/" + HEAD;

    @Inject
    SyncWorker worker;
    @Inject
    WebhookProcessor webhooks;

    GitHubStub stub = GitHubStubResource.stub();

    @BeforeEach
    void clean() {
        stub.removeFaults();
        GitHubFixtures.cleanQueue();
        // GitHub's answer to POST /repos/{owner}/{repo}/statuses/{sha} (REST docs: "Create a commit status")
        stub.stub(post(urlPathMatching("/repos/hub4j-test-org/github-api/statuses/[0-9a-f]+")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"url": "https://api.github.com/repos/hub4j-test-org/github-api/statuses/%s", "id": 1,
                         "state": "pending", "description": "", "target_url": null, "context": "five-whys/go-no-go",
                         "created_at": "2026-11-27T10:00:00Z", "updated_at": "2026-11-27T10:00:00Z"}
                        """.formatted(HEAD))));
        stub.forgetCalls();
    }

    @Test
    void theStatusFollowsEveryReadinessChangeAndTheNewHead() {
        long analysis = AnalysisFixtures.chain("gh-status").analysis();
        // its failures go to GitHub: so does its fixes' go/no-go (an imported log's fixes, not mirrored, send nothing)
        Uploads.execute("update project set github_auto_severity = 'LOW' where slug = 'gh-status'");
        long fix = QuarkusTransaction.requiringNew().call(() -> {
            Fix created = new Fix();
            created.analysis = Analysis.findById(analysis);
            created.summary = "Update the import";
            created.status = FixStatus.PROPOSED;
            created.pullRequestRepository = GitHubStub.PR_REPO;
            created.pullRequestNumber = 272;
            created.recordedAt = Instant.now();
            created.updatedAt = created.recordedAt;
            created.persist();
            return created.id;
        });
        assertStatus("pending", "Awaiting: No compliance audit yet; No stability validation yet", fix);

        audit(fix, AuditRecommendation.APPROVED);
        assertStatus("pending", "Awaiting: No stability validation yet", fix);

        stability(fix, Readiness.CONDITIONAL_GO, "Watch p95 latency for an hour");
        assertStatus("pending", "CONDITIONAL GO: Watch p95 latency for an hour", fix);

        stability(fix, Readiness.GO, null);
        assertStatus("success", "GO: audit approved, stability GO", fix);

        stability(fix, Readiness.NO_GO, "Memory grows");
        assertStatus("failure", "NO GO: Stability says NO GO", fix);

        audit(fix, AuditRecommendation.REJECTED);
        assertStatus("failure", "NO GO: Audit rejected; Stability says NO GO", fix);

        // new commits on the pull request: the status goes on the head again
        byte[] payload = ("{\"action\": \"synchronize\", \"number\": 272, \"pull_request\": {\"number\": 272, "
                + "\"html_url\": \"https://github.com/hub4j-test-org/github-api/pull/272\", \"head\": {\"sha\": \"" + HEAD
                + "\"}}, \"repository\": {\"full_name\": \"hub4j-test-org/github-api\"}}").getBytes(StandardCharsets.UTF_8);
        given().header("X-GitHub-Event", "pull_request").header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .header(WebhookSignature.HEADER, new WebhookSignature("test-webhook-secret").sign(payload))
                .contentType("application/json").body(payload).post("/github/webhook").then().statusCode(202);
        webhooks.drain();
        assertStatus("failure", "NO GO: Audit rejected; Stability says NO GO", fix);
    }

    @Test
    void aFixWithoutAPullRequestSetsNoStatus() {
        AnalysisFixtures.chain("gh-status");
        worker.drain(20);
        assertEquals(List.of(), stub.calls("POST", "/repos/.*/statuses/.*"));
    }

    private void assertStatus(String state, String description, long fix) {
        worker.drain(20);
        List<GitHubStub.Call> sent = stub.calls("POST", STATUSES);
        assertEquals(1, sent.size(), "one status per change: " + sent);
        JsonNode body = sent.get(0).json();
        assertEquals(state, body.path("state").asText(), body.toString());
        assertEquals(description, body.path("description").asText());
        assertEquals("five-whys/go-no-go", body.path("context").asText());
        assertTrue(body.path("target_url").asText().endsWith("/fixes/" + fix), body.toString());
        assertEquals(List.of(), stub.calls("POST", "/repos/.*/check-runs"), "a personal token writes no check run");
        stub.forgetCalls();
    }

    private static void audit(long fix, AuditRecommendation recommendation) {
        QuarkusTransaction.requiringNew().run(() -> {
            ComplianceAudit audit = new ComplianceAudit();
            audit.fix = Fix.findById(fix);
            audit.kind = "SSOT";
            audit.recommendation = recommendation;
            audit.recordedAt = Instant.now();
            audit.updatedAt = audit.recordedAt;
            audit.persist();
        });
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
}
