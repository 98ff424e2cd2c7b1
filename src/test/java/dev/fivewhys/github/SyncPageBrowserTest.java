package dev.fivewhys.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fivewhys.github.GitHubFixtures.failure;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.github.webhook.WebhookDelivery;
import dev.fivewhys.github.webhook.WebhookProcessor;
import dev.fivewhys.github.webhook.WebhookSignature;
import dev.fivewhys.project.Severity;
import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An admin on a bad day at GitHub, in Chromium: the sync page says the worker is paused and why, lists the failed
 * jobs with GitHub's reasons and a failed webhook delivery; Resume and Retry all failed set things going again.
 */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class SyncPageBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    SyncWorker worker;
    @Inject
    SyncJobs jobs;
    @Inject
    WebhookProcessor webhooks;
    @Inject
    PullRequestSeen seen;

    GitHubStub stub = GitHubStubResource.stub();

    @Test
    void anAdminSeesWhyNothingIsSentAndSetsItGoingAgain() throws Exception {
        stub.removeFaults();
        GitHubFixtures.cleanQueue();
        Fixtures.standardUsers();
        long tooLong = failure("browser too long " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        stub.stub(post(urlPathEqualTo("/repos/" + GitHubStub.TEST_REPO + "/issues")).willReturn(aResponse().withStatus(422)
                .withBody("{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"code\":\"custom\","
                        + "\"field\":\"body\",\"message\":\"body is too long (maximum is 65536 characters)\"}]}")));
        sync(tooLong);
        stub.removeFaults();
        long waiting = failure("browser waiting " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        stub.stub(any(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
        sync(waiting);
        failedDelivery();

        try (Browser browser = Browser.start(app)) {
            browser.logIn("admin");
            browser.open("github/sync");
            String banner = browser.driver.findElement(By.cssSelector("[role=alert]")).getText();
            assertTrue(banner.contains("The sync worker is paused") && banner.contains("HTTP 401 Bad credentials"), banner);
            String page = browser.driver.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("body is too long (maximum is 65536 characters)"), page);
            assertTrue(page.contains("could not take pull request #2"), page);
            browser.screenshot("github-sync-paused.png");
            browser.driver.manage().window().setSize(new Dimension(390, 2000));
            browser.screenshot("github-sync-paused-390.png");
            browser.driver.manage().window().setSize(new Dimension(1280, 2000));

            stub.removeFaults();
            browser.driver.findElement(By.cssSelector("form[action='/github/sync/resume'] button")).click();
            flashSays(browser, "The sync worker resumes");
            assertFalse(browser.driver.findElement(By.tagName("main")).getText().contains("is paused"));
            browser.driver.findElement(By.cssSelector("form[action='/github/sync/jobs/retry-failed'] button")).click();
            flashSays(browser, "1 failed job(s) queued again");
            worker.drain(10);
            browser.open("github/sync");
            browser.screenshot("github-sync-resumed.png");
        } finally {
            seen.failOn(null);
        }
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(tooLong).state);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(waiting).state);
    }

    private static void flashSays(Browser browser, String message) {
        browser.waitForText(By.cssSelector(".flash"), message);
    }

    private void sync(long failureId) {
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(failureId));
        worker.drain(10);
    }

    /** A pull request delivery that the fix feature keeps failing on, given up after its five attempts. */
    private void failedDelivery() {
        long linked = failure("browser linked " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        GitHubFixtures.linkIssue(linked, "acme/browser", 7);
        seen.failOn("Browser poison");
        byte[] body = ("{\"action\":\"opened\",\"repository\":{\"full_name\":\"acme/browser\"},"
                + "\"pull_request\":{\"number\":2,\"title\":\"Browser poison\",\"body\":\"Fixes #7\"}}")
                .getBytes(StandardCharsets.UTF_8);
        given().header("X-GitHub-Event", "pull_request").header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .header(WebhookSignature.HEADER, new WebhookSignature("test-webhook-secret").sign(body))
                .contentType("application/json").body(body).post("/github/webhook").then().statusCode(202);
        for (int attempt = 0; attempt < 5; attempt++) {
            webhooks.drain();
            QuarkusTransaction.requiringNew().run(() -> WebhookDelivery
                    .update("nextAttemptAt = ?1 where failedAt is null and processedAt is null", Instant.EPOCH));
        }
    }
}
