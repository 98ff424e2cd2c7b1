package dev.fivewhys.github.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kohsuke.github.GHCommitState;
import org.kohsuke.github.GHDirection;
import org.kohsuke.github.GHException;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueBuilder;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHIssueQueryBuilder;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHLabel;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.github.client.GitHubCallException.Classification;

/**
 * The app's only door to GitHub, and the only class that knows the github-api library. It answers with the
 * app's own records and fails with {@link GitHubCallException} only.
 * <p>
 * It never retries on its own: its connector answers every refusal itself (so the library's limit handlers never
 * see one) and defeats the library's connection retries (see {@link TimedConnector}), because the sync worker owns
 * retries and records them in its outbox. Writes that would change nothing are skipped, and each write waits for its
 * turn from the {@link WritePacer}.
 */
public final class GitHubGateway {

    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final int PAGE = 100;
    private static final int SEARCH_RESULTS_READ = 20;

    private final GitHub github;
    private final String endpoint;
    private final int recentIssuesToScan;
    private final Clock clock;
    private final TimedConnector connector;
    private final boolean app;
    /** Repository handles are only a starting point for routes; caching them saves a GET per call. */
    private final Map<String, GHRepository> repositories = new ConcurrentHashMap<>();

    public GitHubGateway(GatewaySettings settings, Clock clock, WritePacer pacer) {
        this.endpoint = settings.endpoint();
        this.recentIssuesToScan = settings.recentIssuesToScan();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connector = new TimedConnector(settings, clock, Objects.requireNonNull(pacer, "pacer"));
        this.app = settings.app() != null;
        AuthorizationProvider authorization = app ? new AppInstallationToken(settings.app(), connector::trade, clock)
                : new BearerToken(settings.token());
        connector.authorization = authorization;
        try {
            this.github = new GitHubBuilder().withEndpoint(settings.endpoint())
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

    /**
     * Asks GitHub whether it answers at all, at no cost: {@code GET /rate_limit} does not count against the
     * budget. The worker probes this way while GitHub is failing, instead of trying its queued writes one by one.
     */
    public void probe() {
        call("check that GitHub answers", () -> {
            connector.probe(endpoint + "/rate_limit");
            return null;
        });
    }

    public IssueRef createIssue(String repo, IssueContent content) {
        return call("create issue in " + repo, () -> {
            GHIssueBuilder builder = repository(repo).createIssue(content.title()).body(content.body());
            content.labels().forEach(builder::label);
            return issueRef(builder.create());
        });
    }

    /** Sends only the fields that differ from GitHub's copy; labels are replaced as a whole. */
    public IssueRef updateIssue(String repo, int number, IssueContent content) {
        return call("update issue " + repo + "#" + number, () -> {
            GHIssue issue = repository(repo).getIssue(number);
            if (!content.title().equals(issue.getTitle())) {
                issue.setTitle(content.title());
            }
            if (!content.body().equals(Objects.requireNonNullElse(issue.getBody(), ""))) {
                issue.setBody(content.body());
            }
            // Labels people added on GitHub stay; only the ones the app manages are replaced.
            Set<String> current = labelNames(issue);
            Set<String> wanted = new LinkedHashSet<>(content.labels());
            current.stream().filter(label -> !content.manages(label)).forEach(wanted::add);
            if (!wanted.equals(current)) {
                issue.setLabels(wanted.toArray(String[]::new));
            }
            return issueRef(issue);
        });
    }

    /**
     * Says why, then closes. A retry after a half-done close neither repeats the comment nor fails on an
     * issue that is already closed.
     */
    public IssueRef closeIssue(String repo, int number, String why) {
        return call("close issue " + repo + "#" + number, () -> {
            GHIssue issue = repository(repo).getIssue(number);
            if (issue.getState() == GHIssueState.CLOSED) {
                return issueRef(issue);
            }
            boolean sayWhy = why != null && !why.isBlank()
                    && comments(issue).stream().noneMatch(c -> why.equals(c.getBody()));
            if (sayWhy) {
                issue.comment(why);
            }
            issue.close();
            return new IssueRef(number, text(issue.getHtmlUrl()), IssueState.CLOSED);
        });
    }

    public IssueRef reopenIssue(String repo, int number) {
        return call("reopen issue " + repo + "#" + number, () -> {
            GHIssue issue = repository(repo).getIssue(number);
            if (issue.getState() == GHIssueState.OPEN) {
                return issueRef(issue);
            }
            issue.reopen();
            return new IssueRef(number, text(issue.getHtmlUrl()), IssueState.OPEN);
        });
    }

    /**
     * The issue whose body carries the marker. Reads the newest issues first, because the search API indexes
     * an issue only some time after it is created, and the likeliest lost issue is the one just created; then
     * asks the search API for older ones.
     */
    public Optional<IssueRef> findIssueByMarker(String repo, String marker) {
        // The marker's words: an HTML comment in a message shown on a page reads badly.
        String words = marker.replace("<!--", "").replace("-->", "").replace("\"", "").trim();
        return call("find the issue marked " + words + " in " + repo, () -> {
            if (recentIssuesToScan > 0) {
                int scanned = 0;
                for (GHIssue issue : repository(repo).queryIssues()
                        .state(GHIssueState.ALL)
                        .sort(GHIssueQueryBuilder.Sort.CREATED)
                        .direction(GHDirection.DESC)
                        .pageSize(Math.min(PAGE, recentIssuesToScan))
                        .list()) {
                    if (!issue.isPullRequest() && Markers.carries(issue.getBody(), marker)) {
                        return Optional.of(issueRef(issue));
                    }
                    if (++scanned >= recentIssuesToScan) {
                        break;
                    }
                }
            }
            String query = "repo:" + requireRepoName(repo) + " is:issue in:body \"" + words + "\"";
            int read = 0;
            for (GHIssue issue : github.searchIssues().q(query).list().withPageSize(SEARCH_RESULTS_READ)) {
                // Search matches words, not the exact marker, so check the body.
                if (Markers.carries(issue.getBody(), marker)) {
                    return Optional.of(issueRef(issue));
                }
                if (++read >= SEARCH_RESULTS_READ) {
                    break;
                }
            }
            return Optional.empty();
        });
    }

    /** Comments of an issue or a pull request, oldest first. */
    public List<Comment> listComments(String repo, int number) {
        return call("list comments of " + repo + "#" + number, () -> comments(repository(repo).getIssue(number))
                .stream()
                .map(c -> new Comment(c.getId(), text(c.getHtmlUrl()), c.getBody()))
                .toList());
    }

    public Optional<Comment> findCommentByMarker(String repo, int number, String marker) {
        return listComments(repo, number).stream().filter(c -> Markers.carries(c.body(), marker)).findFirst();
    }

    public CommentRef createComment(String repo, int number, String body) {
        return call("comment on " + repo + "#" + number, () -> {
            GHIssue issue = repository(repo).getIssue(number);
            return commentRef(issue.comment(body));
        });
    }

    /** Edits in place (PATCH); fails PERMANENT with 404 when the comment was deleted on GitHub. */
    public CommentRef editComment(String repo, int number, long commentId, String body) {
        String action = "edit comment " + commentId + " on " + repo + "#" + number;
        return call(action, () -> {
            GHIssueComment comment = comments(repository(repo).getIssue(number)).stream()
                    .filter(c -> c.getId() == commentId)
                    .findFirst()
                    .orElseThrow(() -> new GitHubCallException(Classification.PERMANENT, 404,
                            action + ": the comment is gone", null, null));
            return edit(comment, body);
        });
    }

    /** Keeps one comment per record: edits the comment carrying the marker, or creates it. */
    public CommentRef upsertComment(String repo, int number, String marker, String body) {
        if (!Markers.carries(body, marker)) {
            throw new IllegalArgumentException("the comment body must carry its marker " + marker);
        }
        return call("keep comment " + marker + " on " + repo + "#" + number, () -> {
            GHIssue issue = repository(repo).getIssue(number);
            Optional<GHIssueComment> existing = comments(issue).stream()
                    .filter(c -> Markers.carries(c.getBody(), marker))
                    .findFirst();
            if (existing.isPresent()) {
                return edit(existing.get(), body);
            }
            return commentRef(issue.comment(body));
        });
    }

    /** Pull request comments are issue comments on the pull request's number. */
    public CommentRef commentOnPullRequest(String repo, int number, String body) {
        return call("comment on pull request " + repo + "#" + number, () -> {
            // Read as a pull request so that a wrong number fails instead of commenting on an issue.
            GHPullRequest pullRequest = repository(repo).getPullRequest(number);
            return commentRef(pullRequest.comment(body));
        });
    }

    public PullRequest readPullRequest(String repo, int number) {
        return call("read pull request " + repo + "#" + number, () -> {
            GHPullRequest pr = repository(repo).getPullRequest(number);
            return new PullRequest(pr.getNumber(), text(pr.getHtmlUrl()), state(pr.getState()), pr.isMerged(),
                    Objects.requireNonNullElse(pr.getBody(), ""));
        });
    }

    /** The commit a pull request's head points at now: its statuses belong there. */
    public String pullRequestHead(String repo, int number) {
        return call("read pull request " + repo + "#" + number, () -> repository(repo).getPullRequest(number).getHead()
                .getSha());
    }

    /** Sets (or replaces: one per commit and context) a commit status. */
    public void setCommitStatus(String repo, String sha, CommitStatus status) {
        call("set commit status " + status.context() + " on " + repo + "@" + sha, () -> {
            repository(repo).createCommitStatus(sha, GHCommitState.valueOf(status.state().name()), status.targetUrl(),
                    status.description(), status.context());
            return null;
        });
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
        call("keep check run " + run.name() + " on " + repo + "@" + sha, () -> {
            CheckRunWrites.upsert(repository(repo), sha, run);
            return null;
        });
    }

    /** What GitHub said about the request budget on its latest answer, if it has said anything yet. */
    public Optional<ReportedRateLimit> lastReportedRateLimit() {
        return Optional.ofNullable(connector.lastReported.get());
    }

    @Override
    public String toString() {
        return "GitHubGateway[" + endpoint + "]";
    }

    private GHRepository repository(String repo) throws IOException {
        GHRepository cached = repositories.get(repo);
        if (cached == null) {
            cached = github.getRepository(requireRepoName(repo));
            repositories.put(repo, cached);
        }
        return cached;
    }

    private static CommentRef edit(GHIssueComment comment, String body) throws IOException {
        if (!body.equals(comment.getBody())) {
            comment.update(body);
        }
        return commentRef(comment);
    }

    private static List<GHIssueComment> comments(GHIssue issue) throws IOException {
        return issue.queryComments().list().withPageSize(PAGE).toList();
    }

    private static Set<String> labelNames(GHIssue issue) {
        return issue.getLabels().stream().map(GHLabel::getName).collect(Collectors.toSet());
    }

    private static IssueRef issueRef(GHIssue issue) {
        return new IssueRef(issue.getNumber(), text(issue.getHtmlUrl()), state(issue.getState()));
    }

    private static CommentRef commentRef(GHIssueComment comment) {
        return new CommentRef(comment.getId(), text(comment.getHtmlUrl()));
    }

    private static IssueState state(GHIssueState state) {
        return state == GHIssueState.CLOSED ? IssueState.CLOSED : IssueState.OPEN;
    }

    private static String text(URL url) {
        return url == null ? null : url.toString();
    }

    private static String requireRepoName(String repo) {
        if (repo == null || !REPO.matcher(repo).matches()) {
            throw new IllegalArgumentException("a GitHub repository is written owner/name: " + repo);
        }
        return repo;
    }

    @FunctionalInterface
    private interface GitHubCall<T> {
        T run() throws IOException, InterruptedException;
    }

    private <T> T call(String action, GitHubCall<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw translate(action, e);
        } catch (GHException e) {
            // Paged listings wrap the failed page's IOException in this unchecked exception.
            throw e.getCause() instanceof IOException io ? translate(action, io) : GitHubErrors.withoutStatus(action, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubCallException(Classification.TRANSIENT, 0, action + ": interrupted", null, e);
        }
    }

    /**
     * The connector throws GitHub's refusals itself, whole ({@link Refusal}); the library passes them on wrapped.
     * Its own limit handlers would keep the headers but drop the body, or the other way round.
     */
    private GitHubCallException translate(String action, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal refusal) {
                return GitHubErrors.fromResponse(action, refusal.status, refusal.headers, refusal.body, clock.instant(), e);
            }
        }
        return GitHubErrors.withoutStatus(action, e);
    }

    /** A response of status 400 or above, as GitHub sent it. */
    private static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final transient Map<String, List<String>> headers;
        private final String body;

        Refusal(int status, Map<String, List<String>> headers, String body) {
            super("HTTP " + status);
            this.status = status;
            this.headers = headers;
            this.body = body;
        }
    }

    private static final class BearerToken implements AuthorizationProvider {
        private final String token;

        BearerToken(String token) {
            this.token = token;
        }

        @Override
        public String getEncodedAuthorization() {
            return "Bearer " + token;
        }

        @Override
        public String toString() {
            return "BearerToken[***]";
        }
    }

    /**
     * Sends requests with java.net.http and our timeouts. The library's own connectors have no read timeout,
     * and the library retries SocketException and SocketTimeoutException by itself (at least twice, whatever
     * its retryCount property says), which could repeat a POST whose answer was lost and create a duplicate
     * issue. So every network failure leaves here as a plain IOException, which the library passes on.
     * <p>
     * It is also where a request leaves: each write waits here for its turn from the pacer and reports when GitHub
     * answered, so pacing is measured at the moment of sending; and every answer's budget is noted and every refusal
     * read whole.
     */
    private static final class TimedConnector implements GitHubConnector {
        private static final int MAX_REFUSAL_BODY = 64 * 1024;
        private static final ObjectMapper JSON = new ObjectMapper();
        private final HttpClient client;
        private final Duration readTimeout;
        private final String endpoint;
        /** Set once by the gateway, which builds it around this connector's {@link #trade}. */
        volatile AuthorizationProvider authorization;
        private final String tokenKey;
        private final Clock clock;
        private final WritePacer pacer;
        final AtomicReference<ReportedRateLimit> lastReported = new AtomicReference<>();

        TimedConnector(GatewaySettings settings, Clock clock, WritePacer pacer) {
            this.client = HttpClient.newBuilder()
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER) // the library follows redirects itself
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            this.readTimeout = settings.readTimeout();
            this.endpoint = settings.endpoint();
            this.tokenKey = settings.tokenKey();
            this.clock = clock;
            this.pacer = pacer;
        }

        @Override
        public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
            HttpRequest.Builder builder = builder(request.url());
            request.allHeaders().forEach((name, values) -> {
                if (values != null && !values.isEmpty()) {
                    builder.header(name, String.join(",", values));
                }
            });
            builder.method(request.method(), request.hasBody()
                    ? HttpRequest.BodyPublishers.ofByteArray(request.body().readAllBytes())
                    : HttpRequest.BodyPublishers.noBody());
            boolean write = !"GET".equals(request.method()) && !"HEAD".equals(request.method());
            return new Response(request, exchange(builder.build(), write));
        }

        void probe(String url) throws IOException {
            HttpRequest request = builder(new URL(url)).header("Authorization", authorization.getEncodedAuthorization())
                    .header("Accept", "application/vnd.github+json").GET().build();
            exchange(request, false).body().close();
        }

        /** Trades the App's signed JWT for an installation token; not paced, as it creates nothing on GitHub. */
        AppInstallationToken.Issued trade(long installationId, String jwtAuthorization) throws IOException {
            HttpRequest request = builder(new URL(endpoint + "/app/installations/" + installationId + "/access_tokens"))
                    .header("Authorization", jwtAuthorization).header("Accept", "application/vnd.github+json")
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            try (InputStream body = exchange(request, false).body()) {
                JsonNode answer = JSON.readTree(body);
                if (!answer.hasNonNull("token") || !answer.hasNonNull("expires_at")) {
                    throw new IOException("GitHub's answer to the installation token request names no token");
                }
                return new AppInstallationToken.Issued(answer.get("token").asText(),
                        Instant.parse(answer.get("expires_at").asText()));
            } catch (DateTimeParseException e) {
                throw new IOException("GitHub's installation token has an unreadable expiry", e);
            }
        }

        private HttpRequest.Builder builder(URL url) throws IOException {
            try {
                return HttpRequest.newBuilder(url.toURI()).timeout(readTimeout);
            } catch (URISyntaxException e) {
                throw new IOException("not a valid GitHub URL: " + url, e);
            }
        }

        private HttpResponse<InputStream> exchange(HttpRequest request, boolean write) throws IOException {
            HttpResponse<InputStream> response;
            try {
                if (write) {
                    pacer.awaitTurn(tokenKey);
                }
                try {
                    response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                } finally {
                    if (write) {
                        pacer.answered(tokenKey);
                    }
                }
            } catch (IOException e) {
                throw new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw (IOException) new InterruptedIOException("interrupted while calling GitHub").initCause(e);
            }
            Map<String, List<String>> headers = response.headers().map();
            // Every answer GitHub sends says the budget; one that does not must not leave an older one standing.
            lastReported.set(ReportedRateLimit.in(headers, clock.instant()).orElse(null));
            if (response.statusCode() >= 400) {
                try (InputStream body = response.body()) {
                    throw new Refusal(response.statusCode(), headers,
                            new String(body.readNBytes(MAX_REFUSAL_BODY), StandardCharsets.UTF_8));
                }
            }
            return response;
        }
    }

    private static final class Response extends GitHubConnectorResponse.ByteArrayResponse {
        private final HttpResponse<InputStream> response;

        Response(GitHubConnectorRequest request, HttpResponse<InputStream> response) {
            super(request, response.statusCode(), response.headers().map());
            this.response = response;
        }

        @Override
        protected InputStream rawBodyStream() {
            return response.body();
        }

        @Override
        public void close() throws IOException {
            super.close();
            response.body().close();
        }
    }
}
