package dev.fivewhys.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fivewhys.github.GitHubGatewayTest.CLOCK;
import static dev.fivewhys.github.GitHubGatewayTest.TOKEN;
import static dev.fivewhys.github.GitHubStub.TEST_REPO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import dev.fivewhys.github.client.GatewaySettings;
import dev.fivewhys.github.client.GitHubCallException;
import dev.fivewhys.github.client.GitHubCallException.Classification;
import dev.fivewhys.github.client.GitHubGateway;
import dev.fivewhys.github.client.IssueContent;
import dev.fivewhys.github.client.IssueRef;
import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.client.WritePacer;

/** Each way a GitHub call fails ends as one classification and, when GitHub says it, a time to retry. */
class GitHubGatewayFaultsTest {

    private static final String ISSUES = "/repos/hub4j-test-org/GHIssueTest/issues";
    private static final IssueContent CONTENT = new IssueContent("Failure 42", Markers.marker("failure", 42),
            List.of("fivewhys"));

    private GitHubStub stub;
    private GitHubGateway gateway;

    @BeforeEach
    void start() {
        stub = GitHubStub.start();
        gateway = gateway(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private GitHubGateway gateway(Duration readTimeout) {
        GatewaySettings settings = GatewaySettings.of(stub.baseUrl(), TOKEN).withTimeouts(Duration.ofSeconds(1), readTimeout);
        return new GitHubGateway(settings, CLOCK, WritePacer.NONE);
    }

    private GitHubCallException createIssueFailingWith(ResponseDefinitionBuilder answer) {
        stub.stub(post(urlPathEqualTo(ISSUES)).willReturn(answer));
        GitHubCallException e = assertThrows(GitHubCallException.class, () -> gateway.createIssue(TEST_REPO, CONTENT));
        assertEquals(1, stub.calls("POST", ISSUES).size(),
                () -> "sent once, not retried; " + e.getMessage() + " " + stub.calls());
        assertFalse(e.getMessage().contains(TOKEN));
        return e;
    }

    @Test
    void primaryRateLimitWaitsUntilTheReset() {
        long reset = CLOCK.instant().plusSeconds(1800).getEpochSecond();
        GitHubCallException e = createIssueFailingWith(aResponse().withStatus(403)
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", String.valueOf(reset))
                .withBody("{\"message\":\"API rate limit exceeded for user ID 1.\"}"));

        assertEquals(Classification.RATE_LIMITED, e.classification());
        assertEquals(403, e.status());
        assertEquals(Optional.of(Instant.ofEpochSecond(reset)), e.retryAt());
    }

    @Test
    void tooManyRequestsWaitsRetryAfter() {
        GitHubCallException e = createIssueFailingWith(aResponse().withStatus(429).withHeader("Retry-After", "7"));

        assertEquals(Classification.RATE_LIMITED, e.classification());
        assertEquals(429, e.status());
        assertEquals(Optional.of(CLOCK.instant().plusSeconds(7)), e.retryAt());
    }

    @Test
    void secondaryRateLimitWithoutHeadersWaitsAMinute() {
        GitHubCallException e = createIssueFailingWith(aResponse().withStatus(403).withBody(
                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}"));

        assertEquals(Classification.RATE_LIMITED, e.classification());
        assertEquals(Optional.of(CLOCK.instant().plusSeconds(60)), e.retryAt());
    }

    @Test
    void aSecondaryLimitSaidOnlyByGhLimitedByWaitsAMinuteAndKeepsGitHubsWords() {
        // The library's own abuse handler fires on this header and its FAIL drops the body.
        GitHubCallException e = createIssueFailingWith(aResponse().withStatus(403)
                .withHeader("gh-limited-by", "secondary-rate-limit")
                .withBody("{\"message\":\"You have exceeded a secondary rate limit and have been temporarily blocked.\"}"));

        assertEquals(Classification.RATE_LIMITED, e.classification());
        assertEquals(Optional.of(CLOCK.instant().plusSeconds(60)), e.retryAt());
        assertTrue(e.getMessage().contains("exceeded a secondary rate limit"), e.getMessage());
    }

    @Test
    void forbiddenWithoutLimitSignsIsACredentialsProblem() {
        GitHubCallException e = createIssueFailingWith(aResponse().withStatus(403)
                .withHeader("X-RateLimit-Remaining", "4999")
                .withBody("{\"message\":\"Resource not accessible by personal access token\"}"));

        assertEquals(Classification.CREDENTIALS, e.classification());
        assertTrue(e.getMessage().contains("Resource not accessible"), e.getMessage());
    }

    @Test
    void serverErrorIsTransient() {
        GitHubCallException e = createIssueFailingWith(aResponse().withStatus(500).withBody("{\"message\":\"Server Error\"}"));

        assertEquals(Classification.TRANSIENT, e.classification());
        assertEquals(500, e.status());
    }

    @Test
    void timeoutIsTransientAndQuick() {
        gateway.readPullRequest(GitHubStub.PR_REPO, 272); // warm up, so only the stubbed delay can time out
        gateway = gateway(Duration.ofSeconds(1));
        long started = System.nanoTime();

        GitHubCallException e = createIssueFailingWith(aResponse().withStatus(201).withFixedDelay(3000));

        assertEquals(Classification.TRANSIENT, e.classification());
        assertEquals(0, e.status());
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(2500)) < 0);
    }

    @Test
    void connectionResetIsTransient() {
        GitHubCallException e = createIssueFailingWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertEquals(Classification.TRANSIENT, e.classification());
        assertEquals(0, e.status());
    }

    @Test
    void validationFailureIsPermanent() {
        GitHubCallException e = createIssueFailingWith(aResponse().withStatus(422).withBody(
                "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"code\":\"invalid\",\"field\":\"labels\"}]}"));

        assertEquals(Classification.PERMANENT, e.classification());
        assertEquals(422, e.status());
        assertTrue(e.getMessage().endsWith("HTTP 422 Validation Failed: invalid labels (Issue)"), e.getMessage());
    }

    @Test
    void badCredentialsAreACredentialsProblemAndDoNotShowTheToken() {
        stub.stub(get(urlPathEqualTo("/repos/acme/shop")).willReturn(aResponse().withStatus(401)
                .withBody("{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}")));

        GitHubCallException e = assertThrows(GitHubCallException.class, () -> gateway.readPullRequest("acme/shop", 1));

        assertEquals(Classification.CREDENTIALS, e.classification());
        assertEquals(401, e.status());
        assertEquals("read pull request acme/shop#1: HTTP 401 Bad credentials", e.getMessage());
    }

    @Test
    void missingIssueIsPermanentNotFound() {
        GitHubCallException e = assertThrows(GitHubCallException.class,
                () -> gateway.createComment(TEST_REPO, 999, "hello"));

        assertEquals(Classification.PERMANENT, e.classification());
        assertEquals(404, e.status());
    }

    @Test
    void editingADeletedCommentIsPermanentNotFound() {
        IssueRef issue = gateway.createIssue(TEST_REPO, CONTENT);

        GitHubCallException e = assertThrows(GitHubCallException.class,
                () -> gateway.editComment(TEST_REPO, issue.number(), 12345L, "new text"));

        assertEquals(Classification.PERMANENT, e.classification());
        assertEquals(404, e.status());
        assertTrue(stub.calls("PATCH", ".*").isEmpty());
    }

    @Test
    void unreachableGitHubIsTransient() {
        String closedPort = stub.baseUrl();
        stub.close();
        GitHubGateway nowhere = new GitHubGateway(GatewaySettings.of(closedPort, TOKEN), CLOCK, WritePacer.NONE);

        GitHubCallException e = assertThrows(GitHubCallException.class, () -> nowhere.readPullRequest(TEST_REPO, 1));

        assertEquals(Classification.TRANSIENT, e.classification());
        assertEquals(0, e.status());
        stub = GitHubStub.start(); // for @AfterEach
    }
}
