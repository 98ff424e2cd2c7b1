package dev.fivewhys.github.client;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.kohsuke.github.GHException;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHIssueSearchBuilder;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;

import dev.fivewhys.github.client.GitHubCallException.Classification;

/**
 * The library's client as the gateway's operations share it: every call runs through {@link #call}, the one place
 * that turns whatever the library throws into a {@link GitHubCallException} (by {@link GitHubErrors}' rules), and
 * reaches its repository through a cached handle.
 */
final class GitHubCalls {

    /** GitHub's largest page: a listing read whole costs as few requests as it can. */
    static final int PAGE = 100;
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    private final GitHub github;
    private final Clock clock;
    /** Repository handles are only a starting point for routes; caching them saves a GET per call. */
    private final Map<String, GHRepository> repositories = new ConcurrentHashMap<>();

    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException, InterruptedException;
    }

    GitHubCalls(GitHub github, Clock clock) {
        this.github = github;
        this.clock = clock;
    }

    /** Runs one operation; {@code action} names it in the failure's message, which is stored and shown. */
    <T> T call(String action, Work<T> work) {
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

    GHRepository repository(String repo) throws IOException {
        GHRepository cached = repositories.get(repo);
        if (cached == null) {
            cached = github.getRepository(requireRepoName(repo));
            repositories.put(repo, cached);
        }
        return cached;
    }

    GHIssue issue(String repo, int number) throws IOException {
        return repository(repo).getIssue(number);
    }

    GHIssueSearchBuilder searchIssues() {
        return github.searchIssues();
    }

    /** Comments of an issue or a pull request, oldest first. */
    static List<GHIssueComment> comments(GHIssue issue) throws IOException {
        return issue.queryComments().list().withPageSize(PAGE).toList();
    }

    static String requireRepoName(String repo) {
        if (repo == null || !REPO.matcher(repo).matches()) {
            throw new IllegalArgumentException("a GitHub repository is written owner/name: " + repo);
        }
        return repo;
    }

    private GitHubCallException translate(String action, IOException e) {
        return Refusal.in(e)
                .map(r -> GitHubErrors.fromResponse(action, r.status(), r.headers(), r.body(), clock.instant(), e))
                .orElseGet(() -> GitHubErrors.withoutStatus(action, e));
    }
}
