package dev.fivewhys.github.outbox;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.fivewhys.core.Sha256;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.github.client.CommentRef;
import dev.fivewhys.github.client.ConfiguredGateway;
import dev.fivewhys.github.client.GitHubConfig;
import dev.fivewhys.github.client.GitHubGateway;
import dev.fivewhys.github.client.IssueContent;
import dev.fivewhys.github.client.IssueRef;
import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.outbox.FailureCommentSource.PullRequestComment;
import dev.fivewhys.github.outbox.FailureCommentSource.RecordComment;

/**
 * Brings one failure's GitHub side up to date: its issue (title, body, labels), open or closed as the
 * failure is, one comment per record edited in place, and the comments on its fix's pull request.
 * Everything it sends carries a marker, and a body already sent unchanged is not sent again, so running
 * it twice sends nothing new and a retry after a crash finds what the first try created.
 */
@ApplicationScoped
public class FailureSync {

    public static final String RECORD = "failure";

    @Inject
    ConfiguredGateway configured;
    @Inject
    GitHubConfig config;
    @Inject
    FailureIssueBody issueBody;
    @Inject
    Instance<FailureCommentSource> commentSources;
    @Inject
    Clock clock;

    /** @return in dry-run mode, what would have been sent; otherwise null */
    public String run(SyncJob job) {
        Failure failure = Failure.findById(job.targetId);
        if (failure == null) {
            throw new SyncRefused("The failure no longer exists");
        }
        String repo = failure.project.githubRepository;
        if (repo == null || repo.isBlank()) {
            throw new SyncRefused("Project " + failure.project.slug + " has no GitHub repository");
        }
        if (config.dryRun()) {
            return dryRun(failure);
        }
        GitHubGateway github = configured.gateway()
                .orElseThrow(() -> new SyncRefused("No GitHub token is configured (FIVEWHYS_GITHUB_TOKEN)"));
        GitHubLink issue = syncIssue(github, repo, failure);
        for (FailureCommentSource source : commentSources) {
            for (RecordComment comment : source.issueComments(failure)) {
                syncComment(github, repo, issue.number, comment.recordKind(), comment.recordId(), GitHubLink.COMMENT,
                        comment.body());
            }
            for (PullRequestComment comment : source.pullRequestComments(failure, issue.url)) {
                syncComment(github, repo, comment.pullRequest(), comment.recordKind(), comment.recordId(),
                        GitHubLink.PR_COMMENT, comment.body());
            }
        }
        // Only after calls that went through: the library keeps a refusal's budget until a newer reset.
        github.lastReportedRateLimit().ifPresent(reported -> GitHubRateLimit.observed(reported, clock.instant()));
        return null;
    }

    private GitHubLink syncIssue(GitHubGateway github, String repo, Failure failure) {
        IssueContent content = issueBody.contentOf(failure);
        String hash = Sha256.hex(content.title() + "\n" + String.join(",", content.labels()) + "\n" + content.body());
        GitHubLink link = GitHubLink.find(RECORD, failure.id, GitHubLink.ISSUE).orElse(null);
        if (link == null) {
            String marker = Markers.marker(RECORD, failure.id);
            IssueRef ref = github.findIssueByMarker(repo, marker)
                    .map(found -> github.updateIssue(repo, found.number(), content))
                    .orElseGet(() -> github.createIssue(repo, content));
            link = newLink(RECORD, failure.id, GitHubLink.ISSUE, repo, ref.number(), null, ref.url());
            link.state = ref.state().name().toLowerCase();
            link.bodyHash = hash;
            link.persistAndFlush();
        } else if (!hash.equals(link.bodyHash)) {
            github.updateIssue(repo, link.number, content);
            link.bodyHash = hash;
            link.lastSyncedAt = clock.instant();
        }
        boolean shouldBeClosed = failure.status == FailureStatus.RESOLVED;
        if (shouldBeClosed && !"closed".equals(link.state)) {
            github.closeIssue(repo, link.number, "Resolved in Five Whys: the failure's tests pass again. "
                    + "[Details](" + issueBody.link("/failures/" + failure.id) + ")");
            link.state = "closed";
        } else if (!shouldBeClosed && "closed".equals(link.state)) {
            github.reopenIssue(repo, link.number);
            link.state = "open";
        }
        return link;
    }

    private void syncComment(GitHubGateway github, String repo, int number, String recordKind, long recordId,
            String linkKind, String body) {
        String marker = Markers.marker(recordKind, recordId);
        String markedBody = Markers.carries(body, marker) ? body : marker + "\n" + body;
        String hash = Sha256.hex(markedBody);
        GitHubLink link = GitHubLink.find(recordKind, recordId, linkKind).orElse(null);
        if (link != null && hash.equals(link.bodyHash) && link.number == number) {
            return;
        }
        CommentRef ref = link != null && link.commentId != null && link.number == number
                ? github.editComment(repo, number, link.commentId, markedBody)
                : github.upsertComment(repo, number, marker, markedBody);
        if (link == null) {
            link = newLink(recordKind, recordId, linkKind, repo, number, ref.id(), ref.url());
            link.bodyHash = hash;
            link.persistAndFlush();
        } else {
            link.number = number;
            link.commentId = ref.id();
            link.url = ref.url();
            link.bodyHash = hash;
            link.lastSyncedAt = clock.instant();
        }
    }

    private String dryRun(Failure failure) {
        IssueContent content = issueBody.contentOf(failure);
        StringBuilder out = new StringBuilder("ISSUE ").append(content.title()).append(" [")
                .append(String.join(", ", content.labels())).append("]\n").append(content.body());
        for (FailureCommentSource source : commentSources) {
            source.issueComments(failure).forEach(c -> out.append("\n\nCOMMENT ").append(c.recordKind()).append(' ')
                    .append(c.recordId()).append('\n').append(c.body()));
            source.pullRequestComments(failure, "(issue)").forEach(c -> out.append("\n\nPR #").append(c.pullRequest())
                    .append(" COMMENT\n").append(c.body()));
        }
        return out.toString();
    }

    private GitHubLink newLink(String recordKind, long recordId, String linkKind, String repo, int number,
            Long commentId, String url) {
        GitHubLink link = new GitHubLink();
        link.recordKind = recordKind;
        link.recordId = recordId;
        link.linkKind = linkKind;
        link.repository = repo;
        link.number = number;
        link.commentId = commentId;
        link.url = url;
        link.lastSyncedAt = clock.instant();
        return link;
    }

}
