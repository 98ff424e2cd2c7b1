package dev.fivewhys.github;

import static dev.fivewhys.github.GitHubFixtures.failure;
import static dev.fivewhys.github.GitHubFixtures.issueLink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.github.client.ConfiguredGateway;
import dev.fivewhys.github.client.GatewaySettings;
import dev.fivewhys.github.client.GitHubGateway;
import dev.fivewhys.github.client.WritePacer;
import dev.fivewhys.github.outbox.FailureCommentSource.PullRequestComment;
import dev.fivewhys.github.outbox.FailureCommentSource.RecordComment;
import dev.fivewhys.github.outbox.FailureIssueBody;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.project.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The real github-api client, through the outbox worker, against the WireMock stub of GitHub. */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class GitHubSyncTest {

    private static final String ISSUES = "/repos/hub4j-test-org/GHIssueTest/issues";

    @Inject
    SyncWorker worker;
    @Inject
    SyncJobs jobs;
    @Inject
    ConfiguredGateway configured;
    @Inject
    TestTime time;
    @Inject
    FailureIssueBody issueBody;

    GitHubStub stub = GitHubStubResource.stub();

    @BeforeEach
    void clean() {
        stub.removeFaults();
        GitHubFixtures.cleanQueue();
    }

    @Test
    void aFailureBecomesOneIssueWithItsLabelsAndMarkerAndASecondSyncSendsNothing() {
        long id = failure("received 1011 (internal error) Internal error", Severity.HIGH);
        stub.forgetCalls();
        sync(id);

        GitHubStub.Call created = stub.onlyCall("POST", ISSUES);
        assertEquals("[Five Whys] websockets.exceptions.ConnectionClosedError: received 1011 (internal error) Internal error",
                created.json().path("title").asText());
        assertTrue(created.json().path("body").asText().startsWith("<!-- fivewhys:failure:" + id + " -->"));
        assertTrue(created.json().path("body").asText().contains("test_1_websocket_events_staging#test_message_flow"));
        assertEquals(List.of("e2e", "claude-code-generated-issue", "severity:high", "five-whys"), created.labels());
        GitHubLink link = issueLink(id);
        assertNotNull(link);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(id).state);

        stub.forgetCalls();
        sync(id);
        assertTrue(writes().isEmpty(), "nothing new is sent: " + writes());
    }

    @Test
    void recordCommentsAreEditedInPlaceNeverDuplicatedAndThePullRequestGetsItsOwn() {
        long id = failure("cannot import name 'get_db_session_factory'", Severity.CRITICAL);
        TestCommentSource.ISSUE_COMMENTS.put(id, List.of(new RecordComment("analysis", 7001, "## Five whys\n1. first")));
        TestCommentSource.PR_COMMENTS.put(id, List.of(new PullRequestComment("fix", 7002, 1003, "Audit 96 %: GO")));
        sync(id);
        int issue = issueLink(id).number;
        GitHubStub.Call comment = stub.calls("POST", ISSUES + "/" + issue + "/comments").get(0);
        assertTrue(comment.json().path("body").asText().startsWith("<!-- fivewhys:analysis:7001 -->"));
        assertEquals(1, stub.calls("POST", ISSUES + "/1003/comments").size(), "one comment on the pull request");

        TestCommentSource.ISSUE_COMMENTS.put(id,
                List.of(new RecordComment("analysis", 7001, "## Five whys\n1. first\n2. second")));
        stub.forgetCalls();
        sync(id);
        assertEquals(0, stub.calls("POST", ISSUES + "/" + issue + "/comments").size(), "no second copy");
        GitHubStub.Call edit = stub.onlyCall("PATCH", "/repos/hub4j-test-org/GHIssueTest/issues/comments/\\d+");
        assertTrue(edit.json().path("body").asText().contains("2. second"));
        TestCommentSource.ISSUE_COMMENTS.remove(id);
        TestCommentSource.PR_COMMENTS.remove(id);
    }

    @Test
    void resolvingClosesTheIssueSayingWhyAndReopeningReopensIt() {
        long id = failure("HTTP 403 on /api/threads", Severity.MEDIUM);
        sync(id);
        int issue = issueLink(id).number;

        setStatus(id, FailureStatus.RESOLVED);
        stub.forgetCalls();
        sync(id);
        assertTrue(stub.onlyCall("POST", ISSUES + "/" + issue + "/comments").json().path("body").asText().contains("Resolved"));
        assertEquals("closed", stub.calls("PATCH", ISSUES + "/" + issue).stream()
                .filter(c -> c.json().has("state")).findFirst().orElseThrow().json().path("state").asText());
        assertEquals("closed", issueLink(id).state);

        setStatus(id, FailureStatus.OPEN);
        stub.forgetCalls();
        sync(id);
        assertEquals("open", stub.calls("PATCH", ISSUES + "/" + issue).stream()
                .filter(c -> c.json().has("state")).findFirst().orElseThrow().json().path("state").asText());
    }

    @Test
    void aCrashAfterGitHubCreatedTheIssueButBeforeCommitIsRecoveredThroughTheMarker() {
        long id = failure("Timeout waiting for agent_started event", Severity.HIGH);
        // The first try got as far as GitHub creating the issue, then the app died before its commit.
        GitHubGateway direct = new GitHubGateway(GatewaySettings.of(stub.baseUrl(), "t"), java.time.Clock.systemUTC(),
                WritePacer.NONE);
        QuarkusTransaction.requiringNew().run(() -> {
            Failure failure = Failure.findById(id);
            direct.createIssue(GitHubStub.TEST_REPO, issueBody.contentOf(failure));
        });
        stub.forgetCalls();
        sync(id);
        assertEquals(0, stub.calls("POST", ISSUES).size(), "no second issue");
        assertNotNull(issueLink(id), "the issue found by its marker is linked");
    }

    @Test
    void aBacklogOf200JobsIsSentWithinGitHubsLimits() {
        Instant before = time.now();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(failure("backlog failure " + GitHubFixtures.uniqueWord(), Severity.LOW));
        }
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(jobs::syncFailure));
        assertEquals(200, worker.drain(1000));
        List<Instant> sent = GitHubFixtures.writesSentSince(configured.tokenKey().orElseThrow(), before);
        assertTrue(sent.size() >= 200, "every job wrote at least once: " + sent.size());
        for (int i = 1; i < sent.size(); i++) {
            assertTrue(!Duration.between(sent.get(i - 1), sent.get(i)).minusSeconds(1).isNegative(),
                    "writes at least a second apart");
        }
        for (Instant start : sent) {
            long inMinute = sent.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(60))).count();
            assertTrue(inMinute <= 80, inMinute + " writes in the minute from " + start);
        }
    }

    private void sync(long failureId) {
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(failureId));
        worker.drain(10);
    }

    private List<GitHubStub.Call> writes() {
        return stub.calls().stream().filter(c -> !c.method().equals("GET")).toList();
    }

    private static void setStatus(long id, FailureStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            Failure failure = Failure.findById(id);
            if (status == FailureStatus.RESOLVED) {
                failure.resolve(Instant.now());
            } else {
                failure.status = status;
            }
        });
    }
}
