package dev.fivewhys.github;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureOccurrence;
import dev.fivewhys.github.webhook.WebhookProcessor;
import dev.fivewhys.github.webhook.WebhookSignature;
import dev.fivewhys.project.Severity;
import dev.fivewhys.session.LogEntry;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.TestFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** What GitHub says of a failure reaches the timeline of the session it was seen in, written by the app, by whom. */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class GitHubTimelineTest {

    private static final String PAYLOADS = "fixtures/webhooks/octokit__webhooks__payload-examples__api.github.com__";
    private static final WebhookSignature SIGNER = new WebhookSignature("test-webhook-secret");

    @Inject
    WebhookProcessor processor;
    @Inject
    ObjectMapper json;

    @Test
    void aCommentAndTheIssueClosedOnGitHubAreToldInTheSessionsTimeline() throws IOException {
        processor.drain();
        long failureId = GitHubFixtures.failure("timeline failure " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        GitHubFixtures.linkIssue(failureId, "Codertocat/Hello-World", 1);
        long sessionId = QuarkusTransaction.requiringNew().call(() -> {
            Failure failure = Failure.findById(failureId);
            TestSession session = new TestSession();
            session.project = failure.project;
            session.title = "Where the failure was seen";
            session.createdAt = Instant.now();
            session.updatedAt = session.createdAt;
            session.persist();
            FailureOccurrence seen = new FailureOccurrence();
            seen.failureId = failureId;
            seen.sessionId = session.id;
            seen.occurrences = 1;
            seen.firstSeenAt = session.createdAt;
            seen.lastSeenAt = session.createdAt;
            seen.persist();
            return session.id;
        });

        deliver("issue_comment", TestFiles.bytes(PAYLOADS + "issue_comment__created.payload.json"));
        ObjectNode closed = (ObjectNode) json.readTree(TestFiles.bytes(PAYLOADS + "issues__reopened.payload.json"));
        closed.put("action", "closed");
        ((ObjectNode) closed.get("issue")).put("state", "closed").put("closed_at", Instant.now().toString())
                .put("updated_at", Instant.now().toString());
        deliver("issues", json.writeValueAsBytes(closed));
        processor.drain();

        List<String> told = QuarkusTransaction.requiringNew().call(() -> LogEntry.<LogEntry> list(
                "session.id = ?1 and writtenByApp = true order by occurredAt, id", sessionId).stream()
                .map(e -> e.title + " by " + e.author + ": " + e.body.lines().findFirst().orElse("")).toList());
        assertEquals(List.of(
                "GITHUB COMMENT by Codertocat: Codertocat commented on the issue of [failure #" + failureId + "](/failures/"
                        + failureId
                        + ") ([comment](https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400)):",
                "GITHUB ISSUE CLOSED by Codertocat: [Issue #1](https://github.com/Codertocat/Hello-World/issues/1) closed "
                        + "on GitHub by Codertocat for [failure #" + failureId + "](/failures/" + failureId + ")."),
                told);
    }

    private void deliver(String event, byte[] body) {
        given().header("X-GitHub-Event", event).header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .header(WebhookSignature.HEADER, SIGNER.sign(body)).contentType("application/json").body(body)
                .post("/github/webhook").then().statusCode(202);
    }
}
