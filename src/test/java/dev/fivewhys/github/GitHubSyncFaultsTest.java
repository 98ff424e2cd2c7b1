package dev.fivewhys.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fivewhys.github.GitHubFixtures.failure;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.outbox.FailureSync;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.project.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * GitHub misbehaving while an issue is created: each fault ends the job in the right state with the
 * right wait, and once GitHub answers again exactly one issue exists.
 */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class GitHubSyncFaultsTest {

    private static final String ISSUES = "/repos/hub4j-test-org/GHIssueTest/issues";

    @Inject
    SyncWorker worker;
    @Inject
    SyncJobs jobs;

    GitHubStub stub = GitHubStubResource.stub();

    @BeforeEach
    void clean() {
        stub.removeFaults();
        GitHubFixtures.cancelPendingJobs();
    }

    @Test
    void rateLimitExhaustedWaitsForTheResetAndHoldsEveryJobBack() {
        long reset = Instant.now().plusSeconds(600).getEpochSecond();
        SyncJob job = failOnce("rate limited", aResponse().withStatus(403).withHeader("x-ratelimit-remaining", "0")
                .withHeader("x-ratelimit-limit", "5000").withHeader("x-ratelimit-reset", Long.toString(reset))
                .withBody("{\"message\": \"API rate limit exceeded\"}"));
        assertEquals(SyncJob.State.PENDING, job.state);
        assertEquals(0, job.attempts, "being told to wait does not use up attempts");
        assertEquals(Instant.ofEpochSecond(reset), job.nextAttemptAt);
        long other = failure("another failure while rate limited", Severity.LOW);
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(other));
        assertEquals(0, worker.drain(10), "nothing is sent before the reset");
        recoversWithOneIssue(job);
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() {
        Instant before = Instant.now();
        SyncJob job = failOnce("retry after", aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody("{\"message\": \"You have exceeded a secondary rate limit\"}"));
        assertEquals(SyncJob.State.PENDING, job.state);
        long wait = Duration.between(before, job.nextAttemptAt).toSeconds();
        assertTrue(wait >= 6 && wait <= 9, "waits the 7 s GitHub asked for, not " + wait);
        recoversWithOneIssue(job);
    }

    @Test
    void serverErrorBacksOff() {
        Instant before = Instant.now();
        SyncJob job = failOnce("server error", aResponse().withStatus(500).withBody("{\"message\": \"Server Error\"}"));
        assertEquals(SyncJob.State.PENDING, job.state);
        assertEquals(1, job.attempts);
        assertTrue(job.lastError.contains("500"), job.lastError);
        assertFalse(job.nextAttemptAt.isAfter(before.plusSeconds(3)), "first backoff is at most 2 s");
        recoversWithOneIssue(job);
    }

    @Test
    void timeoutIsRetried() {
        SyncJob job = failOnce("timeout", aResponse().withStatus(201).withFixedDelay(3000).withBody("{}"));
        assertEquals(SyncJob.State.PENDING, job.state);
        assertEquals(1, job.attempts);
        recoversWithOneIssue(job);
    }

    @Test
    void unauthorizedStopsTheJobWithTheReason() {
        SyncJob job = failOnce("unauthorized", aResponse().withStatus(401).withBody("{\"message\": \"Bad credentials\"}"));
        assertEquals(SyncJob.State.FAILED, job.state);
        assertTrue(job.lastError.contains("401"), job.lastError);
        assertFalse(job.lastError.contains("ghp_test-token"), "the token never shows");
    }

    @Test
    void unprocessableStopsTheJobWithTheReason() {
        SyncJob job = failOnce("unprocessable", aResponse().withStatus(422)
                .withBody("{\"message\": \"Validation Failed\", \"errors\": [{\"code\": \"invalid\"}]}"));
        assertEquals(SyncJob.State.FAILED, job.state);
        assertTrue(job.lastError.contains("422"), job.lastError);
        assertTrue(jobs.retry(job.id), "a failed job can be retried from the sync page");
        stub.removeFaults();
        worker.drain(10);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(job.targetId).state);
        assertEquals(1, issuesCarrying(job.targetId));
    }

    private SyncJob failOnce(String title, ResponseDefinitionBuilder fault) {
        long id = failure("fault test: " + title, Severity.HIGH);
        stub.stub(post(urlPathEqualTo(ISSUES)).willReturn(fault));
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(id));
        worker.drain(1);
        return GitHubFixtures.latestJob(id);
    }

    private void recoversWithOneIssue(SyncJob job) {
        stub.removeFaults();
        GitHubFixtures.makeDue(job.id);
        assertTrue(worker.drain(10) >= 1);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(job.targetId).state);
        assertEquals(1, issuesCarrying(job.targetId), "no duplicate issue");
    }

    private int issuesCarrying(long failureId) {
        String marker = Markers.marker(FailureSync.RECORD, failureId);
        return (int) given().baseUri(stub.baseUrl()).queryParam("state", "all").queryParam("per_page", 100)
                .get(ISSUES).jsonPath().getList("body", String.class).stream()
                .filter(body -> body != null && body.contains(marker)).count();
    }
}
