package dev.fivewhys.fix;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.fivewhys.analysis.Analyses;
import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.web.FormErrors;

/**
 * Pull requests GitHub told us about: one that says it fixes a failure's issue becomes that failure's
 * fix (a proposed fix is created when there is none to attach it to), and a merged one marks its fixes merged.
 */
@ApplicationScoped
public class PullRequestLinks {

    static final String ACTOR = "github";

    @Inject
    Analyses analyses;
    @Inject
    Fixes fixes;

    void referenced(@Observes PullRequestEvents.Referenced event) {
        Failure failure = Failure.findById(event.failureId());
        if (failure == null || Fix.count("pullRequestRepository = ?1 and pullRequestNumber = ?2 and analysis.failure = ?3",
                event.repository(), event.number(), failure) > 0) {
            return;
        }
        List<Analysis> existing = Analysis.listForFailure(failure);
        Analysis analysis = existing.isEmpty()
                ? analyses.start(failure, null, AnalysisContent.empty(), false, ACTOR, FormErrors.none())
                : existing.get(0);
        Fix fix = Fix.listForAnalysis(analysis).stream().filter(f -> f.pullRequestNumber == null).reduce((first, last) -> last)
                .orElse(null);
        PullRequestReference pullRequest = new PullRequestReference(event.repository(), event.number());
        if (fix == null) {
            FixContent content = new FixContent("Pull request #" + event.number() + ": " + event.title(), List.of(), null,
                    null, pullRequest, List.of());
            fixes.record(analysis, content, FixStatus.PROPOSED, ACTOR, FormErrors.none());
        } else {
            fixes.linkPullRequest(fix, pullRequest);
        }
    }

    void merged(@Observes PullRequestEvents.Merged event) {
        List<Fix> named = Fix.list("pullRequestRepository = ?1 and pullRequestNumber = ?2", event.repository(),
                event.number());
        CommitSha mergeCommit = event.mergeCommitSha() != null && event.mergeCommitSha().matches("[0-9a-f]{7,40}")
                ? new CommitSha(event.mergeCommitSha())
                : null;
        for (Fix fix : named) {
            fixes.merged(fix, mergeCommit);
        }
    }
}
