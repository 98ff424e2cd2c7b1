package dev.fivewhys.github.outbox;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.PullRequestReference;
import dev.fivewhys.github.client.CheckRun;
import dev.fivewhys.github.client.CommitStatus;
import dev.fivewhys.github.client.GitHubGateway;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Puts a fix's go/no-go on its pull request's head commit as the commit status {@value #CONTEXT}, which branch
 * protection can require: success for GO, pending for CONDITIONAL GO or while the audit or stability validation is
 * awaited, failure for NO GO; the description says why and the link leads to the fix. Queued whenever the fix, its
 * audits or its stability validations change ({@link MirroredOnGitHub}) and when the pull request gets new commits
 * (webhook {@code pull_request synchronize}). Setting a status again replaces it, so a retry is harmless. When the app
 * is a GitHub App it also keeps the check run of the same name ({@link FixGoNoGoCheckRun}).
 */
@ApplicationScoped
public class FixGoNoGoStatus implements SyncJobKind {

    public static final String KIND = "FIX_GO_NO_GO";
    public static final String CONTEXT = "five-whys/go-no-go";

    @Inject
    FiveWhysConfig config;

    /** What to send, read in one transaction. */
    record Plan(PullRequestReference pullRequest, CommitStatus status, CheckRun checkRun) {
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public void send(long fixId, GitHubGateway github) {
        Plan plan = QuarkusTransaction.requiringNew().call(() -> plan(fixId));
        String head = github.pullRequestHead(plan.pullRequest().repository(), plan.pullRequest().number());
        github.setCommitStatus(plan.pullRequest().repository(), head, plan.status());
        if (github.writesCheckRuns()) {
            github.upsertCheckRun(plan.pullRequest().repository(), head, plan.checkRun());
        }
    }

    @Override
    public String preview(long fixId) {
        Plan plan = QuarkusTransaction.requiringNew().call(() -> plan(fixId));
        return "STATUS " + CONTEXT + " on the head of " + plan.pullRequest() + ": " + plan.status().state() + " — "
                + plan.status().description() + " (" + plan.status().targetUrl() + "); as a GitHub App also CHECK RUN "
                + CONTEXT + ": " + (plan.checkRun().conclusion() == null ? plan.checkRun().status()
                        : plan.checkRun().conclusion())
                + ", " + plan.checkRun().annotations().size() + " annotations";
    }

    Plan plan(long fixId) {
        Fix fix = Fix.findById(fixId);
        if (fix == null) {
            throw new SyncRefused("Fix " + fixId + " no longer exists");
        }
        PullRequestReference pullRequest = fix.pullRequest();
        if (pullRequest == null) {
            throw new SyncRefused("Fix " + fixId + " names no pull request");
        }
        GoNoGo.Decision decision = GoNoGo.of(fix);
        String link = config.absolute("/fixes/" + fixId);
        return new Plan(pullRequest, statusOf(decision, link), FixGoNoGoCheckRun.of(fix, decision, link));
    }

    /** The decision in GitHub's words. Awaiting an audit or a stability validation is pending, not failure. */
    static CommitStatus statusOf(GoNoGo.Decision decision, String link) {
        Readiness verdict = decision.verdict();
        if (verdict == Readiness.GO) {
            return new CommitStatus(CommitStatus.State.SUCCESS, "GO: audit approved, stability GO", link, CONTEXT);
        }
        if (verdict == Readiness.CONDITIONAL_GO) {
            return new CommitStatus(CommitStatus.State.PENDING,
                    "CONDITIONAL GO: " + String.join("; ", decision.conditions()), link, CONTEXT);
        }
        List<String> awaited = List.of(GoNoGo.NO_AUDIT, GoNoGo.NO_STABILITY);
        if (awaited.containsAll(decision.blockers())) {
            return new CommitStatus(CommitStatus.State.PENDING, "Awaiting: " + String.join("; ", decision.blockers()),
                    link, CONTEXT);
        }
        List<String> why = new ArrayList<>(decision.blockers());
        return new CommitStatus(CommitStatus.State.FAILURE, "NO GO: " + String.join("; ", why), link, CONTEXT);
    }
}
