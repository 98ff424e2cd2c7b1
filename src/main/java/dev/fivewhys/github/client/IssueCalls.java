package dev.fivewhys.github.client;

import static dev.fivewhys.github.client.AppRecords.issueRef;
import static dev.fivewhys.github.client.AppRecords.text;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kohsuke.github.GHDirection;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueBuilder;
import org.kohsuke.github.GHIssueQueryBuilder;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHLabel;

/**
 * The gateway's issue operations. Each write sends only what would change GitHub's copy, so a retry after a lost
 * answer does no harm.
 */
final class IssueCalls {

    private static final int SEARCH_RESULTS_READ = 20;

    private final GitHubCalls calls;
    private final int recentIssuesToScan;

    IssueCalls(GitHubCalls calls, int recentIssuesToScan) {
        this.calls = calls;
        this.recentIssuesToScan = recentIssuesToScan;
    }

    IssueRef create(String repo, IssueContent content) {
        return calls.call("create issue in " + repo, () -> {
            GHIssueBuilder builder = calls.repository(repo).createIssue(content.title()).body(content.body());
            content.labels().forEach(builder::label);
            return issueRef(builder.create());
        });
    }

    IssueRef update(String repo, int number, IssueContent content) {
        return calls.call("update issue " + repo + "#" + number, () -> {
            GHIssue issue = calls.issue(repo, number);
            if (!content.title().equals(issue.getTitle())) {
                issue.setTitle(content.title());
            }
            if (!content.body().equals(Objects.requireNonNullElse(issue.getBody(), ""))) {
                issue.setBody(content.body());
            }
            // Labels people added on GitHub stay; only the ones the app manages are replaced.
            Set<String> current = issue.getLabels().stream().map(GHLabel::getName).collect(Collectors.toSet());
            Set<String> wanted = new LinkedHashSet<>(content.labels());
            current.stream().filter(label -> !content.manages(label)).forEach(wanted::add);
            if (!wanted.equals(current)) {
                issue.setLabels(wanted.toArray(String[]::new));
            }
            return issueRef(issue);
        });
    }

    IssueRef close(String repo, int number, String why) {
        return calls.call("close issue " + repo + "#" + number, () -> {
            GHIssue issue = calls.issue(repo, number);
            if (issue.getState() == GHIssueState.CLOSED) {
                return issueRef(issue);
            }
            boolean sayWhy = why != null && !why.isBlank()
                    && GitHubCalls.comments(issue).stream().noneMatch(c -> why.equals(c.getBody()));
            if (sayWhy) {
                issue.comment(why);
            }
            issue.close();
            // The library's copy still holds the state it read before the close.
            return new IssueRef(number, text(issue.getHtmlUrl()), IssueState.CLOSED);
        });
    }

    IssueRef reopen(String repo, int number) {
        return calls.call("reopen issue " + repo + "#" + number, () -> {
            GHIssue issue = calls.issue(repo, number);
            if (issue.getState() == GHIssueState.OPEN) {
                return issueRef(issue);
            }
            issue.reopen();
            return new IssueRef(number, text(issue.getHtmlUrl()), IssueState.OPEN);
        });
    }

    /**
     * Reads the newest issues first, because the search API indexes an issue only some time after it is created, and
     * the likeliest lost issue is the one just created; then asks the search API for older ones.
     */
    Optional<IssueRef> findByMarker(String repo, String marker) {
        // The marker's words: an HTML comment in a message shown on a page reads badly.
        String words = marker.replace("<!--", "").replace("-->", "").replace("\"", "").trim();
        return calls.call("find the issue marked " + words + " in " + repo, () -> {
            if (recentIssuesToScan > 0) {
                Optional<IssueRef> recent = firstCarrying(calls.repository(repo).queryIssues()
                        .state(GHIssueState.ALL)
                        .sort(GHIssueQueryBuilder.Sort.CREATED)
                        .direction(GHDirection.DESC)
                        .pageSize(Math.min(GitHubCalls.PAGE, recentIssuesToScan))
                        .list(), recentIssuesToScan, marker);
                if (recent.isPresent()) {
                    return recent;
                }
            }
            String query = "repo:" + GitHubCalls.requireRepoName(repo) + " is:issue in:body \"" + words + "\"";
            return firstCarrying(calls.searchIssues().q(query).list().withPageSize(SEARCH_RESULTS_READ),
                    SEARCH_RESULTS_READ, marker);
        });
    }

    /**
     * The first of at most {@code most} issues whose body carries the marker itself (search matches its words only).
     * Pull requests are listed among issues; one quoting a marker is not the record's issue.
     */
    private static Optional<IssueRef> firstCarrying(Iterable<GHIssue> issues, int most, String marker) {
        int read = 0;
        for (GHIssue issue : issues) {
            if (!issue.isPullRequest() && Markers.carries(issue.getBody(), marker)) {
                return Optional.of(issueRef(issue));
            }
            if (++read >= most) {
                break;
            }
        }
        return Optional.empty();
    }
}
