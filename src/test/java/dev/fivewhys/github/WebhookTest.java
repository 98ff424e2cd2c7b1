package dev.fivewhys.github;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.PullRequestEvents;
import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.outbox.FailureSync;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.webhook.WebhookDelivery;
import dev.fivewhys.github.webhook.WebhookProcessor;
import dev.fivewhys.github.webhook.WebhookSignature;
import dev.fivewhys.project.Severity;
import dev.fivewhys.support.TestFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** GitHub's recorded webhook payloads, signed with the test secret, and what each does to the records. */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class WebhookTest {

    private static final String PAYLOADS = "fixtures/webhooks/octokit__webhooks__payload-examples__api.github.com__";
    private static final WebhookSignature SIGNER = new WebhookSignature("test-webhook-secret");

    @Inject
    WebhookProcessor processor;
    @Inject
    ObjectMapper json;
    @Inject
    PullRequestSeen seen;

    long failureId;

    @BeforeEach
    void failureLinkedToHelloWorldIssueOne() {
        processor.drain();
        failureId = GitHubFixtures.failure("webhook failure " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        QuarkusTransaction.requiringNew().run(() -> {
            GitHubLink.delete("repository = ?1 and number = 1", "Codertocat/Hello-World");
            GitHubLink link = new GitHubLink();
            link.recordKind = FailureSync.RECORD;
            link.recordId = failureId;
            link.linkKind = GitHubLink.ISSUE;
            link.repository = "Codertocat/Hello-World";
            link.number = 1;
            link.url = "https://github.com/Codertocat/Hello-World/issues/1";
            link.state = "open";
            link.lastSyncedAt = Instant.now();
            link.persist();
        });
        seen.events().clear();
    }

    @Test
    void pingIsAnsweredAndRecorded() throws IOException {
        deliver("ping", read("ping__payload.json")).then().statusCode(202);
        processor.drain();
        assertTrue(outcomeOfLatest("ping").startsWith("pong"), outcomeOfLatest("ping"));
    }

    @Test
    void aSignatureOverAnotherBodyIsRefusedAndNothingStored() throws IOException {
        byte[] body = read("issues__reopened.payload.json");
        String signature = SIGNER.sign(body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"reopened\"", "\"closed\"")
                .getBytes(StandardCharsets.UTF_8);
        long before = deliveries();
        given().header("X-GitHub-Event", "issues").header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .header(WebhookSignature.HEADER, signature).contentType("application/json").body(tampered)
                .post("/github/webhook").then().statusCode(401);
        given().header("X-GitHub-Event", "issues").header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .contentType("application/json").body(body).post("/github/webhook").then().statusCode(401);
        assertEquals(before, deliveries());
    }

    @Test
    void aReplayedDeliveryIsProcessedOnce() throws IOException {
        byte[] body = read("issue_comment__created.payload.json");
        String id = UUID.randomUUID().toString();
        deliver("issue_comment", body, id).then().statusCode(202);
        deliver("issue_comment", body, id).then().statusCode(200);
        processor.drain();
        assertEquals(1, comments(), "one timeline entry for one delivery");
    }

    @Test
    void aCommentOnTheIssueBecomesATimelineEntryButTheAppsOwnDoesNot() throws IOException {
        deliver("issue_comment", read("issue_comment__created.payload.json")).then().statusCode(202);
        ObjectNode own = (ObjectNode) json.readTree(read("issue_comment__created.payload.json"));
        ((ObjectNode) own.get("comment")).put("body", Markers.marker("analysis", 5) + "\nFive whys");
        deliver("issue_comment", json.writeValueAsBytes(own)).then().statusCode(202);
        processor.drain();
        List<FailureEvent> events = QuarkusTransaction.requiringNew()
                .call(() -> FailureEvent.list("failure.id = ?1 and kind = ?2", failureId, FailureEvent.COMMENT));
        assertEquals(1, events.size());
        assertEquals("Codertocat", events.get(0).actor);
        assertTrue(events.get(0).note.startsWith("You are totally right!"));
    }

    @Test
    void closingTheIssueResolvesTheFailureAndReopeningReopensIt() throws IOException {
        ObjectNode closed = (ObjectNode) json.readTree(read("issues__reopened.payload.json"));
        closed.put("action", "closed"); // the examples have no "closed" delivery; it differs only in its action
        deliver("issues", json.writeValueAsBytes(closed)).then().statusCode(202);
        processor.drain();
        assertEquals(FailureStatus.RESOLVED, status());

        deliver("issues", read("issues__reopened.payload.json")).then().statusCode(202);
        processor.drain();
        assertEquals(FailureStatus.OPEN, status());
        assertTrue(QuarkusTransaction.requiringNew()
                .call(() -> SyncJob.count("targetId = ?1 and state = ?2", failureId, SyncJob.State.PENDING)) > 0,
                "the issue body is brought up to date");
    }

    @Test
    void aPullRequestThatFixesTheIssueIsLinkedAndItsMergeIsPassedOn() throws IOException {
        ObjectNode opened = (ObjectNode) json.readTree(read("pull_request__opened.payload.json"));
        ((ObjectNode) opened.get("pull_request")).put("body", "Database import fix.\n\nFixes #1");
        deliver("pull_request", json.writeValueAsBytes(opened)).then().statusCode(202);
        ObjectNode merged = (ObjectNode) json.readTree(read("pull_request__closed.payload.json"));
        ((ObjectNode) merged.get("pull_request")).put("merged", true).put("merge_commit_sha", "8365f3012abc");
        deliver("pull_request", json.writeValueAsBytes(merged)).then().statusCode(202);
        deliver("pull_request", read("pull_request__labeled.payload.json")).then().statusCode(202);
        processor.drain();
        assertEquals(List.of(
                new PullRequestEvents.Referenced(failureId, "Codertocat/Hello-World", 2,
                        "https://github.com/Codertocat/Hello-World/pull/2", "Update the README with new information.", true),
                new PullRequestEvents.Merged("Codertocat/Hello-World", 2, "https://github.com/Codertocat/Hello-World/pull/2",
                        "8365f3012abc")),
                seen.events());
    }

    @Test
    void unknownEventsAreStoredAndIgnored() throws IOException {
        deliver("pull_request", read("pull_request__synchronize.payload.json")).then().statusCode(202);
        deliver("star", "{\"action\":\"created\"}".getBytes(StandardCharsets.UTF_8)).then().statusCode(202);
        processor.drain();
        assertTrue(outcomeOfLatest("star").startsWith("ignored"));
    }

    private Response deliver(String event, byte[] body) {
        return deliver(event, body, UUID.randomUUID().toString());
    }

    private Response deliver(String event, byte[] body, String deliveryId) {
        return given().header("X-GitHub-Event", event).header("X-GitHub-Delivery", deliveryId)
                .header(WebhookSignature.HEADER, SIGNER.sign(body)).contentType("application/json").body(body)
                .post("/github/webhook");
    }

    private static byte[] read(String name) {
        return TestFiles.bytes(PAYLOADS + name);
    }

    private FailureStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> ((Failure) Failure.findById(failureId)).status);
    }

    private long comments() {
        return QuarkusTransaction.requiringNew()
                .call(() -> FailureEvent.count("failure.id = ?1 and kind = ?2", failureId, FailureEvent.COMMENT));
    }

    private static long deliveries() {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count());
    }

    private static String outcomeOfLatest(String event) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery
                .<WebhookDelivery> find("event = ?1 order by id desc", event).firstResult().outcome);
    }
}
