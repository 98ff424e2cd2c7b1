package dev.fivewhys.github;

import static dev.fivewhys.github.GitHubFixtures.failure;
import static dev.fivewhys.github.GitHubFixtures.issueLink;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisRevision;
import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.followup.FollowUpStatus;
import dev.fivewhys.github.outbox.FollowUpSync;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.github.webhook.WebhookProcessor;
import dev.fivewhys.github.webhook.WebhookSignature;
import dev.fivewhys.project.Severity;
import dev.fivewhys.security.Role;
import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.TestFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A follow-up of a failure on GitHub gets its own issue (label follow-up) through the outbox, the failure's issue keeps
 * a task list of them current, and closing or reopening the follow-up's issue on GitHub closes or reopens it.
 */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class FollowUpMirrorTest {

    private static final WebhookSignature SIGNER = new WebhookSignature("test-webhook-secret");
    private static final String ISSUES = "/repos/" + GitHubStub.TEST_REPO + "/issues";

    @Inject
    SyncWorker worker;
    @Inject
    SyncJobs jobs;
    @Inject
    WebhookProcessor processor;
    @Inject
    ObjectMapper json;

    GitHubStub stub = GitHubStubResource.stub();

    @BeforeEach
    void clean() {
        stub.removeFaults();
        GitHubFixtures.cleanQueue();
        Fixtures.user("engineer", Role.ENGINEER);
    }

    @Test
    void issueCreatedTaskListKeptCurrentAndClosedByWebhook() throws IOException {
        long failureId = failure("follow-up mirrored " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(failureId));
        worker.drain(10);
        int failureIssue = issueLink(failureId).number;
        long analysis = Api.engineer().body(Map.of("failureId", failureId, "problemStatement", "Import broke"))
                .post("/api/analyses").then().statusCode(201).extract().jsonPath().getLong("id");
        worker.drain(10);

        stub.forgetCalls();
        long followUp = Api.engineer().body(Map.of("title", "Track cross-module imports", "kind", "PREVENTION",
                "priority", "P1", "status", "OPEN", "owner", "engineer", "dueOn", "2025-09-30"))
                .post("/api/follow-ups/analysis/" + analysis).then().statusCode(201).extract().jsonPath().getLong("id");
        worker.drain(10);

        GitHubStub.Call created = stub.onlyCall("POST", ISSUES);
        assertEquals("[Follow-up] Track cross-module imports", created.json().path("title").asText());
        assertEquals("follow-up", created.json().path("labels").get(0).asText());
        assertTrue(created.json().path("body").asText().contains("A follow-up of #" + failureIssue), created.body());
        int followUpIssue = link(followUp).number;
        assertTrue(issueBody(failureIssue).contains("## Follow-ups\n\n- [ ] #" + followUpIssue
                + " Track cross-module imports · engineer · due 2025-09-30\n"), issueBody(failureIssue));

        long second = Api.engineer().body(Map.of("title", "Alert on 1011", "kind", "DETECTION", "priority", "P2",
                "status", "OPEN")).post("/api/follow-ups/analysis/" + analysis).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        worker.drain(10);
        assertTrue(issueBody(failureIssue).contains("- [ ] #" + link(second).number + " Alert on 1011\n"),
                "the task list gains the second: " + issueBody(failureIssue));

        deliver(issueEvent("closed", followUpIssue));
        processor.drain();
        assertEquals(FollowUpStatus.DONE, status(followUp));
        assertTrue(history(analysis).stream().anyMatch(line -> line.startsWith("Issue closed on GitHub by ")),
                "" + history(analysis));
        stub.forgetCalls();
        worker.drain(10);
        assertTrue(issueBody(failureIssue).contains("- [x] #" + followUpIssue + " Track cross-module imports\n"),
                issueBody(failureIssue));
        assertEquals(List.of(), stub.calls("PATCH", ISSUES + "/" + followUpIssue).stream()
                .filter(c -> c.body().contains("\"state\"")).toList(), "the app does not close it a second time");

        deliver(issueEvent("reopened", followUpIssue));
        processor.drain();
        assertEquals(FollowUpStatus.OPEN, status(followUp));

        JsonPath read = Api.engineer().get("/api/follow-ups/" + second).then().extract().jsonPath();
        Api.engineer().body(Map.of("title", "Alert on 1011", "kind", "DETECTION", "priority", "P2", "status", "WONT_DO",
                "statusReason", "Covered by the SLO alert", "version", read.getLong("version")))
                .put("/api/follow-ups/" + second).then().statusCode(200);
        worker.drain(10);
        assertEquals("closed", issue(link(second).number).getString("state"), "done in the app, closed on GitHub");
        assertTrue(issueBody(failureIssue).contains("- [x] #" + link(second).number + " ~~Alert on 1011~~ (won't do)"));
        deliver(issueEvent("closed", link(second).number));
        processor.drain();
        assertEquals(FollowUpStatus.WONT_DO, status(second), "the echo of the app's own close changes nothing");
    }

    private static GitHubLink link(long followUpId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> GitHubLink.find(FollowUpSync.RECORD, followUpId, GitHubLink.ISSUE).orElseThrow());
    }

    private JsonPath issue(int number) {
        return given().baseUri(stub.baseUrl()).get(ISSUES + "/" + number).jsonPath();
    }

    private String issueBody(int number) {
        return issue(number).getString("body");
    }

    private static FollowUpStatus status(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((FollowUp) FollowUp.findById(id)).status);
    }

    private static List<String> history(long analysisId) {
        return QuarkusTransaction.requiringNew().call(() -> AnalysisRevision.historyOf(Analysis.findById(analysisId))
                .stream().flatMap(r -> r.lines().stream()).toList());
    }

    private byte[] issueEvent(String action, int number) throws IOException {
        ObjectNode payload = (ObjectNode) json.readTree(TestFiles.bytes(
                "fixtures/webhooks/octokit__webhooks__payload-examples__api.github.com__issues__reopened.payload.json"));
        payload.put("action", action);
        ((ObjectNode) payload.get("repository")).put("full_name", GitHubStub.TEST_REPO);
        ObjectNode issue = (ObjectNode) payload.get("issue");
        issue.put("number", number).put("state", action.equals("closed") ? "closed" : "open");
        return json.writeValueAsBytes(payload);
    }

    private static void deliver(byte[] body) {
        given().header("X-GitHub-Event", "issues").header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .header(WebhookSignature.HEADER, SIGNER.sign(body)).contentType("application/json").body(body)
                .post("/github/webhook").then().statusCode(202);
    }
}
