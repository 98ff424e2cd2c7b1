package dev.fivewhys.github;

import static dev.fivewhys.github.GitHubStub.PR_REPO;
import static dev.fivewhys.github.GitHubStub.TEST_REPO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.github.GitHubStub.Call;
import dev.fivewhys.github.client.Comment;
import dev.fivewhys.github.client.CommentRef;
import dev.fivewhys.github.client.GatewaySettings;
import dev.fivewhys.github.client.GitHubGateway;
import dev.fivewhys.github.client.IssueContent;
import dev.fivewhys.github.client.IssueRef;
import dev.fivewhys.github.client.IssueState;
import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.client.PullRequest;

class GitHubGatewayTest {

    static final String TOKEN = "ghp_test0nly0token0that0must0not0leak";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String ISSUES = "/repos/hub4j-test-org/GHIssueTest/issues";

    private GitHubStub stub;
    private final AtomicInteger turns = new AtomicInteger();
    private GitHubGateway gateway;

    @BeforeEach
    void start() {
        stub = GitHubStub.start();
        gateway = gateway(stub, 100);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private GitHubGateway gateway(GitHubStub stub, int recentIssuesToScan) {
        GatewaySettings settings = new GatewaySettings(stub.baseUrl(), TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(2),
                recentIssuesToScan);
        return new GitHubGateway(settings, CLOCK, token -> {
            assertEquals(settings.tokenKey(), token, "paced under the token's key, never the token");
            turns.incrementAndGet();
        });
    }

    private IssueRef createFailureIssue(long failureId) {
        String body = "WebSocket 1011 internal error in staging.\n\n" + Markers.marker("failure", failureId);
        return gateway.createIssue(TEST_REPO,
                new IssueContent("Failure " + failureId + ": WebSocket 1011", body, List.of("fivewhys", "p0")));
    }

    @Test
    void createsAnIssueWithTitleMarkedBodyAndLabels() {
        IssueRef issue = createFailureIssue(42);

        assertEquals(IssueState.OPEN, issue.state());
        assertEquals("https://github.com/hub4j-test-org/GHIssueTest/issues/" + issue.number(), issue.url());
        Call post = stub.onlyCall("POST", ISSUES);
        assertEquals("Failure 42: WebSocket 1011", post.json().get("title").asText());
        assertTrue(post.json().get("body").asText().endsWith("<!-- fivewhys:failure:42 -->"));
        assertEquals(List.of("fivewhys", "p0"), post.labels());
        assertEquals("Bearer " + TOKEN, post.authorization());
        assertEquals(1, turns.get(), "one write, one turn from the pacer");
    }

    @Test
    void findsACreatedIssueByItsMarkerSoARetryNeedNotCreateItAgain() {
        createFailureIssue(7);
        IssueRef created = createFailureIssue(42);

        assertEquals(Optional.of(created), gateway.findIssueByMarker(TEST_REPO, Markers.marker("failure", 42)));
        assertTrue(stub.calls("GET", "/search/issues").isEmpty(), "found among the newest issues");
        Call listing = stub.onlyCall("GET", ISSUES);
        assertTrue(listing.query().contains("state=all"), listing.query());

        assertEquals(Optional.empty(), gateway.findIssueByMarker(TEST_REPO, Markers.marker("failure", 4)));
        assertTrue(stub.onlyCall("GET", "/search/issues").query().contains("fivewhys%3Afailure%3A4"));
    }

    @Test
    void findsAnOlderIssueThroughTheSearchApi() {
        GitHubGateway scansTwo = gateway(stub, 2);
        IssueRef oldest = createFailureIssue(1);
        createFailureIssue(2);
        createFailureIssue(3);

        assertEquals(Optional.of(oldest), scansTwo.findIssueByMarker(TEST_REPO, Markers.marker("failure", 1)));
        Call search = stub.onlyCall("GET", "/search/issues");
        assertTrue(search.query().contains("repo%3Ahub4j-test-org%2FGHIssueTest"), search.query());
    }

    @Test
    void updatesOnlyWhatChanged() {
        IssueRef issue = createFailureIssue(42);
        String newBody = "Root cause found.\n\n" + Markers.marker("failure", 42);
        stub.forgetCalls();
        turns.set(0);

        gateway.updateIssue(TEST_REPO, issue.number(),
                new IssueContent("Failure 42: WebSocket 1011", newBody, List.of("p0", "fivewhys")));
        Call patch = stub.onlyCall("PATCH", ISSUES + "/" + issue.number());
        assertEquals(newBody, patch.json().get("body").asText());
        assertEquals(1, patch.json().size(), "only the body is sent: " + patch.body());

        // "p0" stands for a label someone added by hand: it stays. "severity:" labels are the app's own.
        gateway.updateIssue(TEST_REPO, issue.number(),
                new IssueContent("Failure 42: fixed", newBody, List.of("fivewhys", "fixed", "severity:low"), "severity:"));
        List<Call> patches = stub.calls("PATCH", ISSUES + "/" + issue.number());
        assertEquals(3, patches.size(), "title and labels");
        assertEquals("Failure 42: fixed", patches.get(1).json().get("title").asText());
        assertEquals(List.of("fivewhys", "fixed", "severity:low", "p0"), patches.get(2).labels());
        assertEquals(3, turns.get());

        gateway.updateIssue(TEST_REPO, issue.number(),
                new IssueContent("Failure 42: fixed", newBody, List.of("fivewhys", "fixed", "severity:high"), "severity:"));
        assertEquals(List.of("fivewhys", "fixed", "severity:high", "p0"),
                stub.calls("PATCH", ISSUES + "/" + issue.number()).get(3).labels(), "the old severity is replaced");
    }

    @Test
    void aLabelTheAppSentBeforeAndNoLongerWantsIsTakenOffAndPeoplesLabelsStay() {
        IssueRef issue = createFailureIssue(42); // labels fivewhys, p0
        String body = Markers.marker("failure", 42);
        gateway.updateIssue(TEST_REPO, issue.number(),
                new IssueContent("Failure 42", body, List.of("fivewhys", "e2e")).withSentBefore(Set.of("fivewhys")));
        assertEquals(List.of("fivewhys", "e2e", "p0"), lastLabels(issue), "p0 was not the app's: it stays");

        gateway.updateIssue(TEST_REPO, issue.number(), new IssueContent("Failure 42", body, List.of("fivewhys"))
                .withSentBefore(Set.of("fivewhys", "e2e")));
        assertEquals(List.of("fivewhys", "p0"), lastLabels(issue), "e2e was the app's, and it no longer wants it");
    }

    private List<String> lastLabels(IssueRef issue) {
        List<Call> patches = stub.calls("PATCH", ISSUES + "/" + issue.number());
        return patches.get(patches.size() - 1).labels();
    }

    @Test
    void editsACommentInPlace() {
        IssueRef issue = createFailureIssue(42);
        String marker = Markers.marker("analysis", 9);
        CommentRef comment = gateway.createComment(TEST_REPO, issue.number(), "Why #1: pool exhausted\n" + marker);

        CommentRef edited = gateway.editComment(TEST_REPO, issue.number(), comment.id(),
                "Why #1: pool exhausted\nWhy #2: no limit\n" + marker);

        assertEquals(comment, edited);
        assertEquals(1, stub.calls("POST", ISSUES + "/" + issue.number() + "/comments").size(), "no second POST");
        Call patch = stub.onlyCall("PATCH", ISSUES + "/comments/" + comment.id());
        assertTrue(patch.json().get("body").asText().contains("Why #2"));
        List<Comment> comments = gateway.listComments(TEST_REPO, issue.number());
        assertEquals(1, comments.size());
        assertEquals(Optional.of(comments.get(0)), gateway.findCommentByMarker(TEST_REPO, issue.number(), marker));
        assertTrue(comments.get(0).body().contains("Why #2"));
    }

    @Test
    void keepsOneCommentPerRecord() {
        IssueRef issue = createFailureIssue(42);
        String marker = Markers.marker("audit", 3);

        CommentRef first = gateway.upsertComment(TEST_REPO, issue.number(), marker, "SSOT audit: 96%\n" + marker);
        CommentRef second = gateway.upsertComment(TEST_REPO, issue.number(), marker, "SSOT audit: 98%\n" + marker);
        gateway.upsertComment(TEST_REPO, issue.number(), marker, "SSOT audit: 98%\n" + marker);

        assertEquals(first, second);
        assertEquals(1, stub.calls("POST", ISSUES + "/" + issue.number() + "/comments").size());
        assertEquals(1, stub.calls("PATCH", ISSUES + "/comments/" + first.id()).size(), "unchanged text is not sent");
    }

    @Test
    void readsAPullRequestAndCommentsOnIt() {
        PullRequest pr = gateway.readPullRequest(PR_REPO, 272);

        assertEquals(new PullRequest(272, "https://github.com/hub4j-test-org/github-api/pull/272", IssueState.OPEN,
                false, "## test"), pr);
        assertEquals(1, stub.calls("GET", "/repos/hub4j-test-org/github-api/pulls/272").size());

        String body = "Compliance audit 96%: APPROVED\n" + Markers.marker("fix", 5);
        CommentRef comment = gateway.commentOnPullRequest(PR_REPO, 272, body);

        Call post = stub.onlyCall("POST", "/repos/hub4j-test-org/github-api/issues/272/comments");
        assertEquals(body, post.json().get("body").asText());
        assertTrue(comment.url().startsWith("https://github.com/hub4j-test-org/github-api/issues/272#issuecomment-"));
    }

    @Test
    void closesARecordedIssueSayingWhyFirst() {
        IssueRef closed = gateway.closeIssue(TEST_REPO, 2, "Fixed by PR #156, verified in staging.");

        assertEquals(new IssueRef(2, "https://github.com/hub4j-test-org/GHIssueTest/issues/2", IssueState.CLOSED), closed);
        List<Call> writes = stub.calls().stream().filter(c -> !c.method().equals("GET")).toList();
        assertEquals(2, writes.size(), writes.toString());
        assertEquals(ISSUES + "/2/comments", writes.get(0).path());
        assertEquals("Fixed by PR #156, verified in staging.", writes.get(0).json().get("body").asText());
        assertEquals("PATCH " + ISSUES + "/2", writes.get(1).toString());
        assertEquals("closed", writes.get(1).json().get("state").asText());
    }

    @Test
    void reopensAndClosesOnlyWhenNeeded() {
        IssueRef issue = createFailureIssue(42);
        gateway.closeIssue(TEST_REPO, issue.number(), "Fixed.");
        gateway.closeIssue(TEST_REPO, issue.number(), "Fixed.");

        IssueRef reopened = gateway.reopenIssue(TEST_REPO, issue.number());

        assertEquals(IssueState.OPEN, reopened.state());
        List<Call> patches = stub.calls("PATCH", ISSUES + "/" + issue.number());
        assertEquals(List.of("closed", "open"), patches.stream().map(p -> p.json().get("state").asText()).toList());
        assertEquals(1, stub.calls("POST", ISSUES + "/" + issue.number() + "/comments").size());
        assertEquals(Optional.of(IssueState.OPEN), gateway.findIssueByMarker(TEST_REPO, Markers.marker("failure", 42))
                .map(IssueRef::state));
    }

    @Test
    void theTokenStaysOutOfEveryDescription() {
        GatewaySettings settings = GatewaySettings.of(stub.baseUrl(), TOKEN);
        assertFalse(settings.toString().contains(TOKEN));
        assertFalse(gateway.toString().contains(TOKEN));
    }
}
