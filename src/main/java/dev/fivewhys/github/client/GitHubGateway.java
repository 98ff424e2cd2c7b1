package dev.fivewhys.github.client;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kohsuke.github.GHDirection;
import org.kohsuke.github.GHException;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueBuilder;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHIssueQueryBuilder;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHLabel;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHRateLimit;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.HttpException;
import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

import dev.fivewhys.github.client.GitHubCallException.Classification;

/**
 * The app's only door to GitHub, and the only class that knows the github-api library. It answers with the
 * app's own records and fails with {@link GitHubCallException} only.
 * <p>
 * It never waits or retries on its own: the library's rate-limit and abuse-limit handlers are set to fail, and
 * its connection retries are defeated (see {@link TimedConnector}), because the sync worker owns pacing and
 * retries and records them in its outbox. Writes that would change nothing are skipped, and each write asks
 * the {@link WritePacer} for its turn first.
 */
public final class GitHubGateway {

    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final int PAGE = 100;
    private static final int SEARCH_RESULTS_READ = 20;

    private final GitHub github;
    private final String endpoint;
    private final int recentIssuesToScan;
    private final Clock clock;
    private final WritePacer pacer;
    /** Repository handles are only a starting point for routes; caching them saves a GET per call. */
    private final Map<String, GHRepository> repositories = new ConcurrentHashMap<>();

    public GitHubGateway(GatewaySettings settings, Clock clock, WritePacer pacer) {
        this.endpoint = settings.endpoint();
        this.recentIssuesToScan = settings.recentIssuesToScan();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        try {
            this.github = new GitHubBuilder().withEndpoint(settings.endpoint())
                    // Not withOAuthToken: that makes the library GET /user while it is being built.
                    .withAuthorizationProvider(new BearerToken(settings.token()))
                    .withConnector(new TimedConnector(settings.connectTimeout(), settings.readTimeout()))
                    .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                    .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot set up the GitHub client for " + endpoint, e);
        }
    }

    public IssueRef createIssue(String repo, IssueContent content) {
        return call("create issue in " + repo, () -> {
            GHIssueBuilder builder = repository(repo).createIssue(content.title()).body(content.body());
            content.labels().forEach(builder::label);
            pace();
            return issueRef(builder.create());
        });
    }

    /** Sends only the fields that differ from GitHub's copy; labels are replaced as a whole. */
    public IssueRef updateIssue(String repo, int number, IssueContent content) {
        return call("update issue " + repo + "#" + number, () -> {
            GHIssue issue = repository(repo).getIssue(number);
            if (!content.title().equals(issue.getTitle())) {
                pace();
                issue.setTitle(content.title());
            }
            if (!content.body().equals(Objects.requireNonNullElse(issue.getBody(), ""))) {
                pace();
                issue.setBody(content.body());
            }
            // Labels people added on GitHub stay; only the ones the app manages are replaced.
            Set<String> current = labelNames(issue);
            Set<String> wanted = new LinkedHashSet<>(content.labels());
            current.stream().filter(label -> !content.manages(label)).forEach(wanted::add);
            if (!wanted.equals(current)) {
                pace();
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
                pace();
                issue.comment(why);
            }
            pace();
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
            pace();
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
        return call("find issue " + marker + " in " + repo, () -> {
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
            String words = marker.replace("<!--", "").replace("-->", "").replace("\"", "").trim();
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
            pace();
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
            pace();
            return commentRef(issue.comment(body));
        });
    }

    /** Pull request comments are issue comments on the pull request's number. */
    public CommentRef commentOnPullRequest(String repo, int number, String body) {
        return call("comment on pull request " + repo + "#" + number, () -> {
            // Read as a pull request so that a wrong number fails instead of commenting on an issue.
            GHPullRequest pullRequest = repository(repo).getPullRequest(number);
            pace();
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

    /** What GitHub said about the request budget on its latest answer, if it has said anything yet. */
    public Optional<ReportedRateLimit> lastReportedRateLimit() {
        GHRateLimit.Record core = github.lastRateLimit().getCore();
        if (core instanceof GHRateLimit.UnknownLimitRecord) {
            return Optional.empty();
        }
        return Optional.of(new ReportedRateLimit(core.getRemaining(), core.getLimit(),
                Instant.ofEpochSecond(core.getResetEpochSeconds())));
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

    private void pace() throws InterruptedException {
        pacer.awaitTurn();
    }

    private CommentRef edit(GHIssueComment comment, String body) throws IOException, InterruptedException {
        if (!body.equals(comment.getBody())) {
            pace();
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

    /** Where github-api 1.330 keeps the status and headers of a failed call. */
    private GitHubCallException translate(String action, IOException e) {
        if (e instanceof HttpException http && http.getResponseCode() > 0) {
            return GitHubErrors.fromResponse(action, http.getResponseCode(), http.getResponseHeaderFields(),
                    http.getMessage(), clock.instant(), e);
        }
        if (e instanceof GHFileNotFoundException notFound) {
            return GitHubErrors.fromResponse(action, 404, notFound.getResponseHeaderFields(),
                    notFound.getMessage(), clock.instant(), e);
        }
        if (e instanceof FileNotFoundException) {
            // A 404 with an empty body comes through as a plain FileNotFoundException.
            return GitHubErrors.fromResponse(action, 404, Map.of(), null, clock.instant(), e);
        }
        return GitHubErrors.withoutStatus(action, e);
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
     */
    private static final class TimedConnector implements GitHubConnector {
        private final HttpClient client;
        private final Duration readTimeout;

        TimedConnector(Duration connectTimeout, Duration readTimeout) {
            this.client = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER) // the library follows redirects itself
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            this.readTimeout = readTimeout;
        }

        @Override
        public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
            HttpRequest.Builder builder;
            try {
                builder = HttpRequest.newBuilder(request.url().toURI()).timeout(readTimeout);
            } catch (URISyntaxException e) {
                throw new IOException("not a valid GitHub URL: " + request.url(), e);
            }
            request.allHeaders().forEach((name, values) -> {
                if (values != null && !values.isEmpty()) {
                    builder.header(name, String.join(",", values));
                }
            });
            builder.method(request.method(), request.hasBody()
                    ? HttpRequest.BodyPublishers.ofByteArray(request.body().readAllBytes())
                    : HttpRequest.BodyPublishers.noBody());
            try {
                return new Response(request, client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream()));
            } catch (IOException e) {
                throw new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw (IOException) new InterruptedIOException("interrupted while calling GitHub").initCause(e);
            }
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
