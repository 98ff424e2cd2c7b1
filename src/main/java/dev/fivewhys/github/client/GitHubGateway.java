package dev.fivewhys.github.client;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.authorization.AuthorizationProvider;

/**
 * The app's only door to GitHub: the rest of the app calls this class alone, and only this package knows the
 * github-api library. It answers with the app's own records and fails with {@link GitHubCallException} only.
 * <p>
 * It never retries on its own: its connector answers every refusal itself (so the library's limit handlers never
 * see one) and defeats the library's connection retries (see {@link TimedConnector}), because the sync worker owns
 * retries and records them in its outbox. Writes that would change nothing are skipped, and each write waits for its
 * turn from the {@link WritePacer}.
 * <p>
 * The work is done by one class per concern: {@link IssueCalls}, {@link CommentCalls}, {@link PullRequestCalls},
 * sharing {@link GitHubCalls}, which turns the library's failures into the app's.
 */
public final class GitHubGateway {

    private final String endpoint;
    private final TimedConnector connector;
    private final boolean app;
    private final GitHubCalls calls;
    private final IssueCalls issues;
    private final CommentCalls comments;
    private final PullRequestCalls pullRequests;

    public GitHubGateway(GatewaySettings settings, Clock clock, WritePacer pacer) {
        this.endpoint = settings.endpoint();
        Objects.requireNonNull(clock, "clock");
        this.connector = new TimedConnector(settings, clock, Objects.requireNonNull(pacer, "pacer"));
        this.app = settings.app() != null;
        AuthorizationProvider authorization = app ? new AppInstallationToken(settings.app(), connector::trade, clock)
                : new BearerToken(settings.token());
        connector.authorizeWith(authorization);
        this.calls = new GitHubCalls(library(authorization), clock);
        this.issues = new IssueCalls(calls, settings.recentIssuesToScan());
        this.comments = new CommentCalls(calls);
        this.pullRequests = new PullRequestCalls(calls);
    }

    /**
     * Asks GitHub whether it answers at all, at no cost: {@code GET /rate_limit} does not count against the
     * budget. The worker probes this way while GitHub is failing, instead of trying its queued writes one by one.
     */
    public void probe() {
        calls.call("check that GitHub answers", () -> {
            connector.probe();
            return null;
        });
    }

    /** What GitHub said about the request budget on its latest answer, if it has said anything yet. */
    public Optional<ReportedRateLimit> lastReportedRateLimit() {
        return connector.lastReported();
    }

    public IssueRef createIssue(String repo, IssueContent content) {
        return issues.create(repo, content);
    }

    /** Sends only the fields that differ from GitHub's copy; labels are replaced as a whole. */
    public IssueRef updateIssue(String repo, int number, IssueContent content) {
        return issues.update(repo, number, content);
    }

    /**
     * Says why, then closes. A retry after a half-done close neither repeats the comment nor fails on an
     * issue that is already closed.
     */
    public IssueRef closeIssue(String repo, int number, String why) {
        return issues.close(repo, number, why);
    }

    public IssueRef reopenIssue(String repo, int number) {
        return issues.reopen(repo, number);
    }

    /** The issue whose body carries the marker, the newest issues read first, then the search API asked. */
    public Optional<IssueRef> findIssueByMarker(String repo, String marker) {
        return issues.findByMarker(repo, marker);
    }

    /** Comments of an issue or a pull request, oldest first. */
    public List<Comment> listComments(String repo, int number) {
        return comments.list(repo, number);
    }

    public Optional<Comment> findCommentByMarker(String repo, int number, String marker) {
        return listComments(repo, number).stream().filter(c -> Markers.carries(c.body(), marker)).findFirst();
    }

    public CommentRef createComment(String repo, int number, String body) {
        return comments.create(repo, number, body);
    }

    /** Edits in place (PATCH); fails PERMANENT with 404 when the comment was deleted on GitHub. */
    public CommentRef editComment(String repo, int number, long commentId, String body) {
        return comments.edit(repo, number, commentId, body);
    }

    /** Keeps one comment per record: edits the comment carrying the marker, or creates it. */
    public CommentRef upsertComment(String repo, int number, String marker, String body) {
        return comments.upsert(repo, number, marker, body);
    }

    /** Pull request comments are issue comments on the pull request's number. */
    public CommentRef commentOnPullRequest(String repo, int number, String body) {
        return comments.onPullRequest(repo, number, body);
    }

    public PullRequest readPullRequest(String repo, int number) {
        return pullRequests.read(repo, number);
    }

    /** The commit a pull request's head points at now: its statuses belong there. */
    public String pullRequestHead(String repo, int number) {
        return pullRequests.head(repo, number);
    }

    /** Sets (or replaces: one per commit and context) a commit status. */
    public void setCommitStatus(String repo, String sha, CommitStatus status) {
        pullRequests.setCommitStatus(repo, sha, status);
    }

    /** Only a GitHub App may write check runs; with a personal token the commit status stands alone. */
    public boolean writesCheckRuns() {
        return app;
    }

    /**
     * Creates the check run, or updates the one of that name already on the commit (found by name, so a retry after
     * a lost answer updates instead of adding a second).
     */
    public void upsertCheckRun(String repo, String sha, CheckRun run) {
        if (!app) {
            throw new IllegalStateException("check runs need the app configured as a GitHub App");
        }
        pullRequests.upsertCheckRun(repo, sha, run);
    }

    @Override
    public String toString() {
        return "GitHubGateway[" + endpoint + "]";
    }

    private GitHub library(AuthorizationProvider authorization) {
        try {
            return new GitHubBuilder().withEndpoint(endpoint)
                    // Not withOAuthToken: that makes the library GET /user while it is being built.
                    .withAuthorizationProvider(authorization)
                    .withConnector(connector)
                    .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                    .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot set up the GitHub client for " + endpoint, e);
        }
    }
}
