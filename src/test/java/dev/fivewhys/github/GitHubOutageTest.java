package dev.fivewhys.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.fivewhys.github.GitHubFixtures.issuesCarrying;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * GitHub's bad days, with time moved by hand ({@link TestTime}) and the worker polling every second as it would: an
 * outage of minutes, and a spell of refused credentials. Neither fails a job, and the queue drains by itself after.
 */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class GitHubOutageTest {

    @Inject
    SyncWorker worker;
    @Inject
    TestTime time;

    GitHubStub stub = GitHubStubResource.stub();

    @BeforeEach
    void clean() {
        stub.removeFaults();
        GitHubFixtures.cleanQueue();
        Fixtures.standardUsers();
    }

    @Test
    void aThreeMinuteOutageCostsAFewProbesFailsNoJobAndTheQueueDrainsByItselfAfter() {
        List<Long> failures = GitHubFixtures.queued(20, "outage");
        stub.forgetCalls();
        stub.stub(any(anyUrl()).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));

        pollEverySecondFor(Duration.ofMinutes(3));

        int duringOutage = stub.calls().size();
        assertTrue(duringOutage < 20, "requests sent during the outage: " + duringOutage + " " + stub.calls());
        for (long id : failures) {
            SyncJob job = GitHubFixtures.latestJob(id);
            assertEquals(SyncJob.State.PENDING, job.state, "failure " + id);
            assertEquals(0, job.attempts, "an outage uses up no job's attempts");
        }
        assertTrue(GitHubFixtures.token().failing());

        stub.removeFaults();
        pollEverySecondFor(Duration.ofMinutes(1).plusSeconds(5)); // probes come at least once a minute

        for (long id : failures) {
            assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(id).state, "failure " + id);
            assertEquals(1, issuesCarrying(id), "failure " + id + " has one issue");
        }
        assertFalse(GitHubFixtures.token().failing());
    }

    @Test
    void aSpellOfRefusedCredentialsPausesTheWorkerFailsNoJobAndSaysSo() {
        List<Long> failures = GitHubFixtures.queued(15, "bad token");
        stub.forgetCalls();
        stub.stub(any(anyUrl()).willReturn(aResponse().withStatus(401)
                .withBody("{\"message\": \"Bad credentials\", \"documentation_url\": \"https://docs.github.com/rest\"}")));

        pollEverySecondFor(Duration.ofSeconds(10));

        for (long id : failures) {
            SyncJob job = GitHubFixtures.latestJob(id);
            assertEquals(SyncJob.State.PENDING, job.state, "failure " + id);
            assertEquals(0, job.attempts);
        }
        assertEquals(1, stub.calls().stream().filter(c -> !c.path().equals("/rate_limit")).count(),
                "paused after the first refusal: " + stub.calls());
        String page = WebClient.loginAs("admin").get("/github/sync").asString();
        assertTrue(page.contains("The sync worker is paused"), page);
        assertTrue(page.contains("HTTP 401 Bad credentials"), page);
        assertTrue(page.contains("action=\"/github/sync/resume\""), "an admin may resume");
        assertFalse(WebClient.loginAs("engineer").get("/github/sync").asString().contains("action=\"/github/sync/resume\""),
                "an engineer sees the banner, not the button");
        String health = given().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertTrue(health.contains("paused since") && health.contains("Bad credentials"), health);
        assertFalse(health.contains(GitHubStubResource.TOKEN) || page.contains(GitHubStubResource.TOKEN));

        stub.removeFaults();
        pollEverySecondFor(Duration.ofSeconds(5));
        assertEquals(SyncJob.State.PENDING, GitHubFixtures.latestJob(failures.get(0)).state,
                "still paused: GitHub answering again does not tell that the token was fixed");
        assertEquals(403, WebClient.loginAs("engineer").post("/github/sync/resume", Map.of()).statusCode());
        assertEquals(303, WebClient.loginAs("admin").post("/github/sync/resume", Map.of()).statusCode());
        pollEverySecondFor(Duration.ofMinutes(1));
        for (long id : failures) {
            assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(id).state, "failure " + id);
        }
    }

    /** The scheduler's polls, one a second: each drains what the worker may send then. */
    private void pollEverySecondFor(Duration period) {
        Instant end = time.now().plus(period);
        while (time.now().isBefore(end)) {
            worker.drain(200);
            time.advance(Duration.ofSeconds(1));
        }
    }
}
