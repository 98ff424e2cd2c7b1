package dev.fivewhys.github;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.webhook.WebhookDelivery;
import dev.fivewhys.github.webhook.WebhookProcessor;
import dev.fivewhys.github.webhook.WebhookSignature;
import dev.fivewhys.project.Severity;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.TestFiles;
import dev.fivewhys.support.WebClient;
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
    @Inject
    TestTime time;

    long failureId;

    @BeforeEach
    void failureLinkedToHelloWorldIssueOne() {
        processor.drain();
        failureId = GitHubFixtures.failure("webhook failure " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        GitHubFixtures.linkIssue(failureId, "Codertocat/Hello-World", 1);
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
        deliver("issues", issueEvent("closed", time.now())).then().statusCode(202);
        processor.drain();
        assertEquals(FailureStatus.RESOLVED, status());

        time.advance(Duration.ofSeconds(5));
        deliver("issues", issueEvent("reopened", time.now())).then().statusCode(202);
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

    @Test
    void aSignedPingCarryingANulIsKeptByteForByteAndTheNextDeliveryIsProcessed() throws IOException {
        byte[] ping = "{\"zen\":\"Keep it logically awesome.\\u0000\",\"hook_id\":1}".getBytes(StandardCharsets.UTF_8);
        String pingId = UUID.randomUUID().toString();
        deliver("ping", ping, pingId).then().statusCode(202);
        deliver("issue_comment", read("issue_comment__created.payload.json")).then().statusCode(202);

        processor.drain();

        WebhookDelivery stored = delivery(pingId);
        assertEquals("pong: Keep it logically awesome.", stored.outcome);
        assertTrue(Arrays.equals(ping, stored.payload), "the payload is kept byte for byte");
        assertEquals(1, comments(), "the delivery after it was processed");
    }

    @Test
    void headerValuesLongerThanTheirColumnsAreRefusedWith400AndNothingIsStored() throws IOException {
        long before = deliveries();
        Response longEvent = deliver("x".repeat(51), "{}".getBytes(StandardCharsets.UTF_8));
        longEvent.then().statusCode(400);
        assertTrue(longEvent.jsonPath().getString("message").contains("X-GitHub-Event is at most 50 characters"));
        deliver("issues", ("{\"action\":\"" + "y".repeat(51) + "\"}").getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400);
        deliver("issues", "{\"action\":\"clo\\u0000sed\"}".getBytes(StandardCharsets.UTF_8)).then().statusCode(400);
        deliver("ping", "{}".getBytes(StandardCharsets.UTF_8), "d".repeat(101)).then().statusCode(400);
        deliver("ping", "null".getBytes(StandardCharsets.UTF_8)).then().statusCode(400);
        assertEquals(before, deliveries());

        deliver("x".repeat(50), ("{\"action\":\"" + "y".repeat(50) + "\"}").getBytes(StandardCharsets.UTF_8))
                .then().statusCode(202);
    }

    @Test
    void aDeliveryWhoseProcessingFailsIsRetriedWithBackoffThenMarkedFailedAndNeverHoldsUpTheNext() throws IOException {
        ObjectNode opened = (ObjectNode) json.readTree(read("pull_request__opened.payload.json"));
        ((ObjectNode) opened.get("pull_request")).put("title", "Poison: explodes downstream").put("body", "Fixes #1");
        String poisonId = UUID.randomUUID().toString();
        seen.failOn("Poison");
        try {
            deliver("pull_request", json.writeValueAsBytes(opened), poisonId).then().statusCode(202);
            deliver("issue_comment", read("issue_comment__created.payload.json")).then().statusCode(202);
            processor.drain();

            assertEquals(1, comments(), "the delivery after the failing one was processed");
            WebhookDelivery poison = delivery(poisonId);
            assertEquals(null, poison.processedAt);
            assertEquals(1, poison.attempts);
            assertTrue(poison.lastError.contains("could not take pull request #2"), poison.lastError);
            assertTrue(poison.nextAttemptAt.isAfter(time.now()), "tried again later, not at once");

            for (int attempt = 2; attempt <= 5; attempt++) {
                assertEquals(0, processor.drain(), "not before its time");
                time.advance(Duration.between(time.now(), delivery(poisonId).nextAttemptAt).plusSeconds(1));
                processor.drain();
                assertEquals(attempt, delivery(poisonId).attempts);
            }
            poison = delivery(poisonId);
            assertNotNull(poison.failedAt, "given up after five attempts");
            time.advance(Duration.ofHours(2));
            assertEquals(0, processor.drain(), "a failed delivery waits for someone to retry it");

            Fixtures.standardUsers();
            WebClient engineer = WebClient.loginAs("engineer");
            String page = engineer.get("/github/sync").asString();
            assertTrue(page.contains(poisonId) && page.contains("could not take pull request #2"), "shown with its reason");
            seen.failOn(null);
            assertEquals(303, engineer.post("/github/sync/deliveries/" + poison.id + "/retry", Map.of()).statusCode());
            assertEquals(1, processor.drain());
            assertTrue(delivery(poisonId).outcome.startsWith("pull request #2 linked"), delivery(poisonId).outcome);
        } finally {
            seen.failOn(null);
        }
    }

    /**
     * An issues delivery as GitHub sends it when the issue is closed or reopened at {@code at}. The examples have no
     * "closed" one; it differs from "reopened" only in its action, state and times.
     */
    private byte[] issueEvent(String action, Instant at) throws IOException {
        ObjectNode payload = (ObjectNode) json.readTree(read("issues__reopened.payload.json"));
        payload.put("action", action);
        ObjectNode issue = (ObjectNode) payload.get("issue");
        issue.put("state", action.equals("closed") ? "closed" : "open").put("updated_at", at.toString());
        issue.put("closed_at", action.equals("closed") ? at.toString() : null);
        return json.writeValueAsBytes(payload);
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

    private static WebhookDelivery delivery(String deliveryId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> WebhookDelivery.<WebhookDelivery> find("deliveryId", deliveryId).firstResult());
    }

    private static long deliveries() {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count());
    }

    private static String outcomeOfLatest(String event) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery
                .<WebhookDelivery> find("event = ?1 order by id desc", event).firstResult().outcome);
    }
}
