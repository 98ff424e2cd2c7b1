package dev.fivewhys.github.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.PullRequestEvents;
import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.outbox.FailureSync;
import dev.fivewhys.github.outbox.FixGoNoGoStatus;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.github.outbox.GitHubStory;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.session.StoryEvent;

/** What each webhook event means for the records. Unknown events are kept and ignored. */
@ApplicationScoped
public class WebhookHandlers {

    /** "Fixes #12", "closes owner/repo#12", "Refs #12" — GitHub's closing keywords plus refs. */
    static final Pattern ISSUE_REFERENCE = Pattern.compile(
            "(?i)\\b(fix(?:es|ed)?|close[sd]?|resolve[sd]?|refs?)\\s*:?\\s+(?:([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+))?#(\\d{1,9})\\b");
    /** Status changes of a failure: an issue event older than the latest of them does not override it. */
    private static final List<String> STATUS_CHANGES = List.of(FailureEvent.FIRST_SEEN, FailureEvent.RESOLVED,
            FailureEvent.REOPENED, FailureEvent.STATUS_CHANGED);

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    SyncJobs syncJobs;
    @Inject
    FollowUpIssueEvents followUpIssues;
    @Inject
    Event<PullRequestEvents.Referenced> referenced;
    @Inject
    Event<PullRequestEvents.Merged> merged;
    @Inject
    Event<StoryEvent> story;

    /** Text from a payload as PostgreSQL can store it: JSON may carry \u0000, a text column cannot. */
    static String storable(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    String handle(WebhookDelivery delivery) {
        JsonNode payload;
        try {
            payload = json.readTree(delivery.payload);
        } catch (IOException e) {
            return "ignored: unreadable payload";
        }
        String action = delivery.action == null ? "" : delivery.action;
        return switch (delivery.event) {
            case "ping" -> "pong: " + text(payload.path("zen"), "");
            case "issues" -> issue(action, payload);
            case "issue_comment" -> "created".equals(action) ? comment(payload) : "ignored: comment " + action;
            case "pull_request" -> pullRequest(action, payload);
            default -> "ignored: event " + delivery.event;
        };
    }

    private String issue(String action, JsonNode payload) {
        Optional<GitHubLink> followUp = FollowUpIssueEvents.linkOf(payload);
        if (followUp.isPresent()) {
            return followUpIssues.handle(action, payload, followUp.get());
        }
        if (!"closed".equals(action) && !"reopened".equals(action)) {
            return "ignored: issue " + action;
        }
        Failure failure = linkedFailure(payload);
        if (failure == null) {
            return "ignored: not an issue of a failure";
        }
        Instant now = clock.instant();
        String who = text(payload.path("sender").path("login"), "someone");
        GitHubLink link = GitHubLink.find(FailureSync.RECORD, failure.id, GitHubLink.ISSUE).orElseThrow();
        boolean closed = "closed".equals(action);
        String state = closed ? "closed" : "open";
        if (link.stateByApp && state.equals(link.state)) {
            return "ignored: the echo of the app's own " + action;
        }
        Instant happened = happenedAt(payload.path("issue"), closed);
        Instant latestChange = latestChange(failure);
        if (happened != null && latestChange != null && happened.isBefore(latestChange.truncatedTo(ChronoUnit.SECONDS))) {
            return "ignored: issue " + action + " at " + happened + ", before the failure's latest change at "
                    + latestChange;
        }
        GitHubLink.recordState(link.id, state, false, now);
        if (closed) {
            if (failure.status == FailureStatus.RESOLVED) {
                return "failure " + failure.id + " already resolved";
            }
            failure.resolve(now);
            FailureEvent.record(failure, now, FailureEvent.RESOLVED, "Issue closed on GitHub by " + who, who, null);
            story.fire(GitHubStory.issue(failure.id, GitHubStory.ISSUE_CLOSED, link.number, link.url,
                    "closed on GitHub by " + who, who, now));
            syncJobs.syncFailure(failure.id);
            return "failure " + failure.id + " resolved";
        }
        if (failure.status != FailureStatus.RESOLVED) {
            return "failure " + failure.id + " already open";
        }
        failure.status = FailureStatus.OPEN;
        failure.resolvedAt = null;
        FailureEvent.record(failure, now, FailureEvent.REOPENED, "Issue reopened on GitHub by " + who, who, null);
        story.fire(GitHubStory.issue(failure.id, GitHubStory.ISSUE_REOPENED, link.number, link.url,
                "reopened on GitHub by " + who, who, now));
        syncJobs.syncFailure(failure.id);
        return "failure " + failure.id + " reopened";
    }

    /** When GitHub says the issue was closed (or, for a reopen, last changed); null when it does not say. */
    private static Instant happenedAt(JsonNode issue, boolean closed) {
        String at = issue.path(closed ? "closed_at" : "updated_at").asText("");
        try {
            return at.isEmpty() ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant latestChange(Failure failure) {
        FailureEvent latest = FailureEvent.find("failure = ?1 and kind in ?2 order by occurredAt desc", failure,
                STATUS_CHANGES).firstResult();
        return latest == null ? null : latest.occurredAt;
    }

    private String comment(JsonNode payload) {
        String body = text(payload.path("comment").path("body"), "");
        if (Markers.find(body).isPresent()) {
            return "ignored: the app's own comment";
        }
        Failure failure = linkedFailure(payload);
        if (failure == null) {
            return "ignored: not an issue of a failure";
        }
        String who = text(payload.path("comment").path("user").path("login"), "someone");
        String url = text(payload.path("comment").path("html_url"), "");
        String excerpt = body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
        FailureEvent.record(failure, clock.instant(), FailureEvent.COMMENT, excerpt + (url.isEmpty() ? "" : "\n\n" + url),
                who, null);
        story.fire(GitHubStory.comment(failure.id, who, excerpt, url, clock.instant()));
        return "comment added to failure " + failure.id;
    }

    private String pullRequest(String action, JsonNode payload) {
        JsonNode pr = payload.path("pull_request");
        String repo = text(payload.path("repository").path("full_name"), "");
        int number = pr.path("number").asInt();
        String url = text(pr.path("html_url"), "");
        if ("closed".equals(action) && pr.path("merged").asBoolean(false)) {
            merged.fire(new PullRequestEvents.Merged(repo, number, url, storable(pr.path("merge_commit_sha").asText(null))));
            return "pull request #" + number + " merged";
        }
        if ("synchronize".equals(action)) {
            return newCommits(repo, number);
        }
        if (!"opened".equals(action) && !"edited".equals(action) && !"reopened".equals(action)) {
            return "ignored: pull request " + action;
        }
        List<Long> failures = new ArrayList<>();
        Matcher matcher = ISSUE_REFERENCE.matcher(pr.path("body").asText("") + "\n" + pr.path("title").asText(""));
        while (matcher.find()) {
            String target = matcher.group(2) == null ? repo : matcher.group(2);
            boolean closes = !matcher.group(1).toLowerCase().startsWith("ref");
            GitHubLink.findIssue(target, Integer.parseInt(matcher.group(3)))
                    .filter(link -> FailureSync.RECORD.equals(link.recordKind) && !failures.contains(link.recordId))
                    .ifPresent(link -> {
                        failures.add(link.recordId);
                        referenced.fire(new PullRequestEvents.Referenced(link.recordId, repo, number, url,
                                text(pr.path("title"), ""), closes));
                    });
        }
        return failures.isEmpty() ? "ignored: no issue of a failure referenced"
                : "pull request #" + number + " linked to failure(s) " + failures;
    }

    /** New commits on a fix's pull request: its head moved, and the go/no-go status goes on the new head. */
    private String newCommits(String repo, int number) {
        List<Fix> fixes = Fix.list("pullRequestRepository = ?1 and pullRequestNumber = ?2", repo, number);
        fixes.forEach(fix -> syncJobs.queue(FixGoNoGoStatus.KIND, fix.id));
        return fixes.isEmpty() ? "ignored: no fix has pull request #" + number
                : "go/no-go status of fix(es) " + fixes.stream().map(f -> f.id).toList() + " queued for the new head";
    }

    private static String text(JsonNode node, String otherwise) {
        return storable(node.asText(otherwise));
    }

    private static Failure linkedFailure(JsonNode payload) {
        String repo = text(payload.path("repository").path("full_name"), "");
        int number = payload.path("issue").path("number").asInt(-1);
        return GitHubLink.findIssue(repo, number).filter(link -> FailureSync.RECORD.equals(link.recordKind))
                .map(link -> (Failure) Failure.findById(link.recordId)).orElse(null);
    }
}
