package dev.fivewhys.github;

import static dev.fivewhys.github.GitHubFixtures.failure;
import static dev.fivewhys.github.GitHubFixtures.issueLink;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.github.webhook.WebhookDelivery;
import dev.fivewhys.github.webhook.WebhookProcessor;
import dev.fivewhys.github.webhook.WebhookSignature;
import dev.fivewhys.project.Severity;
import dev.fivewhys.support.TestFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The app's own writes come back as webhooks: its close of an issue, its comment saying why. They are known as its
 * own and do not act on the failure a second time, and an issue event older than the failure's latest change does
 * not override it. What people do on GitHub still counts.
 */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class WebhookEchoTest {

    private static final WebhookSignature SIGNER = new WebhookSignature("test-webhook-secret");

    @Inject
    SyncWorker worker;
    @Inject
    SyncJobs jobs;
    @Inject
    WebhookProcessor processor;
    @Inject
    ObjectMapper json;
    @Inject
    TestTime time;

    long failureId;
    int issue;

    @BeforeEach
    void aFailureOnGitHub() {
        GitHubStubResource.stub().removeFaults();
        GitHubFixtures.cleanQueue();
        processor.drain();
        failureId = failure("echo " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        sync();
        issue = issueLink(failureId).number;
    }

    @Test
    void theEchoedCloseOfTheAppsOwnWriteArrivingAfterARecurrenceLeavesTheFailureOpen() throws IOException {
        change(failure -> failure.resolve(time.now()), FailureEvent.RESOLVED, "Verified by a passing session");
        sync();
        assertEquals("closed", issueLink(failureId).state, "the app closed its issue");
        Instant closedAt = time.now();
        time.advance(Duration.ofSeconds(3));
        change(Failure::reopen, FailureEvent.REOPENED, "Seen again in run #7");
        time.advance(Duration.ofSeconds(3));

        // GitHub's "closed" delivery for the app's own close arrives late, before the app has reopened the issue.
        assertEquals("ignored: the echo of the app's own closed", deliverIssueEvent("closed", closedAt, "fivewhys-bot"));
        assertEquals(FailureStatus.OPEN, status());

        sync();
        assertEquals("open", issueLink(failureId).state, "the app reopened its issue");
        // ... or after it: it is older than the recurrence, so it does not override it.
        String outcome = deliverIssueEvent("closed", closedAt, "fivewhys-bot");
        assertTrue(outcome.startsWith("ignored: issue closed at ") && outcome.contains("before the failure's latest change"),
                outcome);
        assertEquals(FailureStatus.OPEN, status());
        assertEquals(0, events(FailureEvent.RESOLVED, "Issue closed on GitHub"), "nothing taken for a person's close");

        time.advance(Duration.ofSeconds(10));
        assertEquals("failure " + failureId + " resolved", deliverIssueEvent("closed", time.now(), "octocat"),
                "a person closing it later still resolves it");
        assertEquals(FailureStatus.RESOLVED, status());
    }

    @Test
    void theAppsOwnWordsOnClosingAreNotTakenForAPersonsComment() throws IOException {
        change(failure -> failure.resolve(time.now()), FailureEvent.RESOLVED, "Verified");
        sync();
        String closingWords = GitHubStubResource.stub().calls("POST", ".*/issues/" + issue + "/comments").get(0).json()
                .path("body").asText();
        assertTrue(closingWords.startsWith(Markers.marker("resolved", failureId)), closingWords);

        ObjectNode payload = (ObjectNode) json.readTree(TestFiles.bytes(
                "fixtures/webhooks/octokit__webhooks__payload-examples__api.github.com__issue_comment__created.payload.json"));
        point(payload);
        ((ObjectNode) payload.get("comment")).put("body", closingWords);
        assertEquals("ignored: the app's own comment", deliver("issue_comment", payload));
        assertEquals(0, events(FailureEvent.COMMENT, ""));
    }

    private String deliverIssueEvent(String action, Instant at, String sender) throws IOException {
        ObjectNode payload = (ObjectNode) json.readTree(TestFiles.bytes(
                "fixtures/webhooks/octokit__webhooks__payload-examples__api.github.com__issues__reopened.payload.json"));
        payload.put("action", action);
        point(payload);
        ObjectNode issueNode = (ObjectNode) payload.get("issue");
        issueNode.put("state", "closed".equals(action) ? "closed" : "open").put("updated_at", at.toString());
        issueNode.put("closed_at", "closed".equals(action) ? at.toString() : null);
        ((ObjectNode) payload.get("sender")).put("login", sender);
        return deliver("issues", payload);
    }

    /** Makes an example payload about the failure's issue in the stub's repository. */
    private void point(ObjectNode payload) {
        ((ObjectNode) payload.get("repository")).put("full_name", GitHubStub.TEST_REPO);
        ((ObjectNode) payload.get("issue")).put("number", issue);
    }

    private String deliver(String event, ObjectNode payload) throws IOException {
        byte[] body = json.writeValueAsBytes(payload);
        String id = UUID.randomUUID().toString();
        given().header("X-GitHub-Event", event).header("X-GitHub-Delivery", id)
                .header(WebhookSignature.HEADER, SIGNER.sign(body)).contentType("application/json").body(body)
                .post("/github/webhook").then().statusCode(202);
        processor.drain();
        return QuarkusTransaction.requiringNew()
                .call(() -> WebhookDelivery.<WebhookDelivery> find("deliveryId", id).firstResult().outcome);
    }

    /** A change the app makes to the failure, with the history line it writes for it. */
    private void change(java.util.function.Consumer<Failure> change, String kind, String note) {
        QuarkusTransaction.requiringNew().run(() -> {
            Failure failure = Failure.findById(failureId);
            change.accept(failure);
            FailureEvent.record(failure, time.now(), kind, note, "fivewhys", null);
        });
    }

    private void sync() {
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(failureId));
        worker.drain(10);
    }

    private FailureStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> ((Failure) Failure.findById(failureId)).status);
    }

    private long events(String kind, String notePrefix) {
        return QuarkusTransaction.requiringNew().call(() -> FailureEvent.count("failure.id = ?1 and kind = ?2 and note like ?3",
                failureId, kind, notePrefix + "%"));
    }
}
