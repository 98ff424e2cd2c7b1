package dev.fivewhys.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fivewhys.github.GitHubFixtures.failure;
import static dev.fivewhys.github.GitHubFixtures.issuesCarrying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.outbox.BackoffPolicy;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.project.Severity;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * GitHub misbehaving while an issue is created: each answer ends the job in the right state, holds the worker for
 * the right time (by GitHub's clock, never less than the floors), and once GitHub answers again exactly one issue
 * exists. Time is {@link TestTime}, moved by hand.
 */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class GitHubSyncFaultsTest {

    private static final String ISSUES = "/repos/hub4j-test-org/GHIssueTest/issues";

    @Inject
    SyncWorker worker;
    @Inject
    SyncJobs jobs;
    @Inject
    TestTime time;

    GitHubStub stub = GitHubStubResource.stub();

    @BeforeEach
    void clean() {
        stub.removeFaults();
        GitHubFixtures.cleanQueue();
    }

    @Test
    void aSecondaryLimitSaidOnlyByGhLimitedByIsWaitedOutAndTheJobCompletes() {
        SyncJob job = failOnce("gh-limited-by", aResponse().withStatus(403).withHeader("gh-limited-by", "secondary")
                .withBody("{\"message\": \"You have exceeded a secondary rate limit.\"}"));

        assertEquals(SyncJob.State.PENDING, job.state);
        assertEquals(0, job.attempts, "being told to wait is not the job's fault");
        Duration held = GitHubFixtures.token().heldFor(time.now());
        assertTrue(held.compareTo(Duration.ofSeconds(59)) >= 0 && held.compareTo(Duration.ofSeconds(61)) <= 0,
                "a minute without Retry-After, as GitHub asks: " + held);
        assertQuietFor(Duration.ofSeconds(59));

        time.advance(Duration.ofSeconds(2));
        assertEquals(1, worker.drain(10));
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(job.targetId).state);
        assertEquals(1, issuesCarrying(job.targetId), "no duplicate issue");
    }

    @Test
    void aResetGitHubsClockAlreadyPassedStillWaitsTheFloor() {
        Instant githubNow = time.now();
        SyncJob job = failOnce("reset passed", aResponse().withStatus(403).withHeader("Date", GitHubStub.httpDate(githubNow))
                .withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-reset", Long.toString(githubNow.minusSeconds(2).getEpochSecond()))
                .withBody("{\"message\": \"API rate limit exceeded\"}"));

        assertEquals(SyncJob.State.PENDING, job.state);
        // from when GitHub answered, not from now: the test's clock runs with real time, which a busy machine stretches
        assertTrue(!GitHubFixtures.token().heldUntil.isBefore(githubNow.plusSeconds(1)), "at least the 1 s floor");
        assertQuietFor(Duration.ofMillis(900));

        time.advance(Duration.ofMillis(1100));
        assertEquals(1, worker.drain(10));
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(job.targetId).state);
    }

    @Test
    void aPrimaryLimitHoldsEveryJobUntilTheResetMeasuredByGitHubsClock() {
        Instant githubNow = time.now().minusSeconds(30); // GitHub's clock is 30 s behind the app's
        SyncJob job = failOnce("rate limited", aResponse().withStatus(403).withHeader("Date", GitHubStub.httpDate(githubNow))
                .withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-reset", Long.toString(githubNow.plusSeconds(600).getEpochSecond()))
                .withBody("{\"message\": \"API rate limit exceeded\"}"));
        long other = failure("another failure while rate limited", Severity.LOW);
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(other));

        Duration held = GitHubFixtures.token().heldFor(time.now());
        assertTrue(held.compareTo(Duration.ofSeconds(598)) >= 0 && held.compareTo(Duration.ofSeconds(601)) <= 0,
                "ten minutes by GitHub's clock, not 9.5 by the app's: " + held);
        assertQuietFor(Duration.ofSeconds(590));

        time.advance(Duration.ofSeconds(15));
        assertEquals(2, worker.drain(10));
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(job.targetId).state);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(other).state);
    }

    @Test
    void retryAfterIsHonoured() {
        SyncJob job = failOnce("retry after", aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody("{\"message\": \"You have exceeded a secondary rate limit\"}"));

        long held = GitHubFixtures.token().heldFor(time.now()).toSeconds();
        assertTrue(held >= 6 && held <= 7, "waits the 7 s GitHub asked for, not " + held);
        time.advance(Duration.ofSeconds(8));
        worker.drain(10);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(job.targetId).state);
        assertEquals(1, issuesCarrying(job.targetId));
    }

    @Test
    void aServerErrorOrATimeoutChargesNoAttemptUntilGitHubIsSeenWell() {
        for (ResponseDefinitionBuilder fault : new ResponseDefinitionBuilder[] {
                aResponse().withStatus(500).withBody("{\"message\": \"Server Error\"}"),
                aResponse().withStatus(201).withFixedDelay(3000).withBody("{}") }) {
            SyncJob job = failOnce("transient " + fault.build().getStatus(), fault);
            assertEquals(SyncJob.State.PENDING, job.state);
            assertEquals(0, job.attempts, "GitHub may be down: the job is not charged yet");
            assertTrue(GitHubFixtures.token().failing());

            time.advance(BackoffPolicy.PROBE_CAP);
            worker.drain(10);
            assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(job.targetId).state);
            assertEquals(1, issuesCarrying(job.targetId), "no duplicate issue");
        }
    }

    @Test
    void aJobGitHubKeepsFailingWhileOthersGoThroughFailsAfterItsLastAttempt() {
        long poison = failure("poison " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        long fine = failure("fine " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        stub.stub(post(urlPathEqualTo(ISSUES)).withRequestBody(containing(Markers.marker("failure", poison)))
                .willReturn(aResponse().withStatus(502).withBody("Bad gateway")));
        QuarkusTransaction.requiringNew().run(() -> {
            jobs.syncFailure(poison);
            jobs.syncFailure(fine);
        });

        for (int step = 0; step < 200 && GitHubFixtures.latestJob(poison).state == SyncJob.State.PENDING; step++) {
            worker.drain(10);
            time.advance(Duration.ofSeconds(30));
        }

        SyncJob failed = GitHubFixtures.latestJob(poison);
        assertEquals(SyncJob.State.FAILED, failed.state);
        assertEquals(BackoffPolicy.MAX_ATTEMPTS, failed.attempts, "charged once per probe that found GitHub well");
        assertTrue(failed.lastError.contains("HTTP 502"), failed.lastError);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(fine).state, "the other job went through");
    }

    @Test
    void gitHubsOwnReasonIsShownAndALaterChangeRevivesTheFailedJobInsteadOfAddingOne() {
        SyncJob job = failOnce("too long", aResponse().withStatus(422).withBody("{\"message\": \"Validation Failed\", "
                + "\"errors\": [{\"resource\": \"Issue\", \"code\": \"custom\", \"field\": \"body\", "
                + "\"message\": \"body is too long (maximum is 65536 characters)\"}]}"));
        assertEquals(SyncJob.State.FAILED, job.state);
        assertTrue(job.lastError.endsWith("HTTP 422 Validation Failed: body is too long (maximum is 65536 characters)"),
                job.lastError);
        Fixtures.standardUsers();
        assertTrue(WebClient.loginAs("engineer").get("/github/sync").asString()
                .contains("body is too long (maximum is 65536 characters)"), "the sync page gives GitHub's reason");

        stub.stub(post(urlPathEqualTo(ISSUES)).willReturn(aResponse().withStatus(422)
                .withBody("{\"message\": \"Validation Failed\", \"errors\": [\"body is too long\"]}")));
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(job.targetId));
        assertEquals(job.id, GitHubFixtures.latestJob(job.targetId).id, "the change revived the failed job");
        assertEquals(SyncJob.State.PENDING, GitHubFixtures.latestJob(job.targetId).state);
        worker.drain(10);
        assertEquals(1, jobsOf(job.targetId, SyncJob.State.FAILED), "still one failed job for the failure");

        stub.removeFaults();
        assertTrue(jobs.retry(job.id), "a failed job can be retried from the sync page");
        worker.drain(10);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(job.targetId).state);
        assertEquals(1, issuesCarrying(job.targetId));
    }

    @Test
    void retryAllFailedQueuesEveryFailedJobAgain() {
        stub.stub(post(urlPathEqualTo(ISSUES)).willReturn(aResponse().withStatus(410)
                .withBody("{\"message\": \"Issues are disabled for this repo\"}")));
        List<Long> disabled = GitHubFixtures.queued(2, "disabled");
        long first = disabled.get(0);
        long second = disabled.get(1);
        worker.drain(10);
        assertEquals(SyncJob.State.FAILED, GitHubFixtures.latestJob(first).state);
        assertEquals(SyncJob.State.FAILED, GitHubFixtures.latestJob(second).state);

        stub.removeFaults();
        Fixtures.standardUsers();
        WebClient engineer = WebClient.loginAs("engineer");
        assertTrue(engineer.get("/github/sync").asString().contains("Retry all failed"));
        assertEquals(303, engineer.post("/github/sync/jobs/retry-failed", Map.of()).statusCode());
        assertEquals(2, worker.drain(10));
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(first).state);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(second).state);
    }

    private SyncJob failOnce(String title, ResponseDefinitionBuilder fault) {
        long id = GitHubFixtures.queued(1, "fault test: " + title).get(0);
        stub.failOnce(post(urlPathEqualTo(ISSUES)), fault);
        worker.drain(1);
        return GitHubFixtures.latestJob(id);
    }

    /** Nothing reaches GitHub while the worker is held, however often it polls. */
    private void assertQuietFor(Duration quiet) {
        stub.forgetCalls();
        Instant end = time.now().plus(quiet);
        while (time.now().isBefore(end)) {
            assertEquals(0, worker.drain(10));
            time.advance(Duration.ofMillis(Math.min(5000, quiet.toMillis() / 4)));
        }
        assertEquals(0, stub.calls().size(), "sent while held: " + stub.calls());
    }

    private static long jobsOf(long failureId, SyncJob.State state) {
        return QuarkusTransaction.requiringNew().call(() -> SyncJob.count("kind = ?1 and targetId = ?2 and state = ?3",
                dev.fivewhys.github.outbox.SyncJobs.FAILURE, failureId, state));
    }
}
