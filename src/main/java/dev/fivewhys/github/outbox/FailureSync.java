package dev.fivewhys.github.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.fivewhys.core.Sha256;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.github.client.CommentRef;
import dev.fivewhys.github.client.GitHubGateway;
import dev.fivewhys.github.client.IssueContent;
import dev.fivewhys.github.client.IssueRef;
import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.outbox.FailureCommentSource.PullRequestComment;
import dev.fivewhys.github.outbox.FailureCommentSource.RecordComment;
import dev.fivewhys.session.StoryEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Brings one failure's GitHub side up to date: its issue (title, body, labels), open or closed as the
 * failure is, one comment per record edited in place, and the comments on its fix's pull request.
 * Everything it sends carries a marker, and a body already sent unchanged is not sent again, so running
 * it twice sends nothing new and a retry after a crash finds what the first try created.
 * <p>
 * It reads what to send in a short transaction, calls GitHub outside any, and records each answer in a new one.
 */
@ApplicationScoped
public class FailureSync implements SyncJobKind {

    public static final String RECORD = "failure";
    /** The marker of the comment that says why the app closed an issue, so its webhook echo is known as the app's. */
    static final String RESOLVED = "resolved";

    @Inject
    FailureIssueBody issueBody;
    @Inject
    Instance<FailureCommentSource> commentSources;
    @Inject
    Clock clock;
    @Inject
    SyncJobs jobs;
    @Inject
    Event<StoryEvent> story;

    @Override
    public String name() {
        return SyncJobs.FAILURE;
    }

    /** What the issue should be, read in one transaction; the link as it was then (detached), or null. */
    private record IssuePlan(long failureId, String repo, IssueContent content, String hash, GitHubLink link,
            boolean shouldBeClosed, String closingWords) {
    }

    /** A comment to keep on the issue or a pull request. */
    private record CommentPlan(String repo, int number, String recordKind, long recordId, String linkKind,
            String body, GitHubLink link) {
    }

    @Override
    public void send(long failureId, GitHubGateway github) {
        IssuePlan plan = QuarkusTransaction.requiringNew().call(() -> planIssue(failureId));
        GitHubLink issue = syncIssue(github, plan);
        List<CommentPlan> comments = QuarkusTransaction.requiringNew().call(() -> planComments(failureId, issue));
        for (CommentPlan comment : comments) {
            syncComment(github, comment);
        }
    }

    @Override
    public String preview(long failureId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Failure failure = sendable(failureId);
            IssueContent content = issueBody.contentOf(failure);
            StringBuilder out = new StringBuilder("ISSUE ").append(content.title()).append(" [")
                    .append(String.join(", ", content.labels())).append("]\n").append(content.body());
            for (FailureCommentSource source : commentSources) {
                source.issueComments(failure).forEach(c -> out.append("\n\nCOMMENT ").append(c.recordKind()).append(' ')
                        .append(c.recordId()).append('\n').append(c.body()));
                source.pullRequestComments(failure, "(issue)").forEach(c -> out.append("\n\nPR #")
                        .append(c.pullRequest()).append(" COMMENT\n").append(c.body()));
            }
            return out.toString();
        });
    }

    private Failure sendable(long failureId) {
        Failure failure = Failure.findById(failureId);
        if (failure == null) {
            throw new SyncRefused("The failure no longer exists");
        }
        String repo = failure.project.githubRepository;
        if (repo == null || repo.isBlank()) {
            throw new SyncRefused("Project " + failure.project.slug + " has no GitHub repository");
        }
        return failure;
    }

    private IssuePlan planIssue(long failureId) {
        Failure failure = sendable(failureId);
        IssueContent content = issueBody.contentOf(failure);
        String hash = Sha256.hex(content.title() + "\n" + String.join(",", content.labels()) + "\n" + content.body());
        String closingWords = Markers.marker(RESOLVED, failure.id) + "\nResolved in Five Whys: the failure's tests pass "
                + "again. [Details](" + issueBody.link("/failures/" + failure.id) + ")";
        return new IssuePlan(failure.id, failure.project.githubRepository, content, hash,
                GitHubLink.find(RECORD, failure.id, GitHubLink.ISSUE).orElse(null),
                failure.status == FailureStatus.RESOLVED, closingWords);
    }

    private GitHubLink syncIssue(GitHubGateway github, IssuePlan plan) {
        String repo = plan.repo();
        GitHubLink link = plan.link();
        if (link == null) {
            IssueContent content = plan.content();
            IssueRef ref = github.findIssueByMarker(repo, Markers.marker(RECORD, plan.failureId()))
                    .map(found -> github.updateIssue(repo, found.number(), content))
                    .orElseGet(() -> github.createIssue(repo, content));
            link = recorded(plan, ref.number(), ref.url(), ref.state().name().toLowerCase());
            QuarkusTransaction.requiringNew().run(() -> queueFollowUps(plan.failureId()));
        } else if (!plan.hash().equals(link.bodyHash)) {
            github.updateIssue(repo, link.number, plan.content().withSentBefore(link.labelSet()));
            link = recorded(plan, link.number, link.url, null);
        }
        LinkedIssueState.keep(github, repo, link, plan.shouldBeClosed(), plan.closingWords(), this::recordState);
        return link;
    }

    /** The failure is on GitHub now, so its follow-ups go there too (see {@link FollowUpSync}). */
    private void queueFollowUps(long failureId) {
        FollowUp.<FollowUp> list("analysis.failure.id = ?1", failureId).stream()
                .filter(f -> GitHubLink.find(FollowUpSync.RECORD, f.id, GitHubLink.ISSUE).isEmpty())
                .forEach(f -> jobs.queue(SyncJobs.FOLLOW_UP, f.id));
    }

    /** @param foundState the state GitHub just showed, for a link made now; null to keep the recorded one */
    private GitHubLink recorded(IssuePlan plan, int number, String url, String foundState) {
        return QuarkusTransaction.requiringNew().call(() -> {
            GitHubLink link = GitHubLink.record(RECORD, plan.failureId(), GitHubLink.ISSUE, plan.repo(), number, null,
                    url, plan.hash(), plan.content().labels(), clock.instant());
            if (foundState != null) {
                link.state = foundState;
                link.stateByApp = false;
                story.fire(GitHubStory.issue(plan.failureId(), GitHubStory.ISSUE_CREATED, number, url, "created",
                        GitHubStory.ACTOR, clock.instant()));
            }
            return link;
        });
    }

    private void recordState(GitHubLink link, String state) {
        QuarkusTransaction.requiringNew().run(() -> {
            GitHubLink.recordState(link.id, state, true, clock.instant());
            story.fire(GitHubStory.issue(link.recordId, "closed".equals(state) ? GitHubStory.ISSUE_CLOSED
                    : GitHubStory.ISSUE_REOPENED, link.number, link.url, "closed".equals(state) ? "closed" : "reopened",
                    GitHubStory.ACTOR, clock.instant()));
        });
        link.state = state;
    }

    private List<CommentPlan> planComments(long failureId, GitHubLink issue) {
        Failure failure = sendable(failureId);
        String repo = failure.project.githubRepository;
        List<CommentPlan> plans = new ArrayList<>();
        for (FailureCommentSource source : commentSources) {
            for (RecordComment c : source.issueComments(failure)) {
                plans.add(commentPlan(repo, issue.number, c.recordKind(), c.recordId(), GitHubLink.COMMENT, c.body()));
            }
            for (PullRequestComment c : source.pullRequestComments(failure, issue.url)) {
                plans.add(commentPlan(repo, c.pullRequest(), c.recordKind(), c.recordId(), GitHubLink.PR_COMMENT,
                        c.body()));
            }
        }
        return plans;
    }

    private static CommentPlan commentPlan(String repo, int number, String recordKind, long recordId, String linkKind,
            String body) {
        String marker = Markers.marker(recordKind, recordId);
        String markedBody = Markers.carries(body, marker) ? body : marker + "\n" + body;
        return new CommentPlan(repo, number, recordKind, recordId, linkKind, markedBody,
                GitHubLink.find(recordKind, recordId, linkKind).orElse(null));
    }

    private void syncComment(GitHubGateway github, CommentPlan plan) {
        String hash = Sha256.hex(plan.body());
        GitHubLink link = plan.link();
        if (link != null && hash.equals(link.bodyHash) && link.number == plan.number()) {
            return;
        }
        CommentRef ref = link != null && link.commentId != null && link.number == plan.number()
                ? github.editComment(plan.repo(), plan.number(), link.commentId, plan.body())
                : github.upsertComment(plan.repo(), plan.number(), Markers.marker(plan.recordKind(), plan.recordId()),
                        plan.body());
        QuarkusTransaction.requiringNew().run(() -> GitHubLink.record(plan.recordKind(), plan.recordId(),
                plan.linkKind(), plan.repo(), plan.number(), ref.id(), ref.url(), hash, null, clock.instant()));
    }
}
