package dev.fivewhys.fix;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import dev.fivewhys.analysis.Analyses;
import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.session.StoryEvent;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.web.FormErrors;

/**
 * The one writer of fixes: recording one, editing it and moving it along, the same way from the pages, the API, the
 * importer and GitHub's events, so each is checked by the same rules.
 */
@ApplicationScoped
public class Fixes {

    /** A fix may be written down in any status results have not decided, e.g. one deployed already. */
    static final Set<FixStatus> RECORDABLE = EnumSet.of(FixStatus.PROPOSED, FixStatus.MERGED, FixStatus.DEPLOYED);

    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @Inject
    Analyses analyses;
    @Inject
    Event<FixVerified> verified;
    @Inject
    Event<StoryEvent> story;

    /** Adds a message per field the content breaks a rule of; nothing is written. */
    public void check(FixContent content, FormErrors errors) {
        errors.addAll(validator.validate(content));
    }

    /**
     * Saves a new fix of the analysis; its failure, if still being analysed, now has a fix in progress.
     *
     * @return the new fix, or null when errors were added
     */
    public Fix record(Analysis analysis, FixContent content, FixStatus status, String actor, FormErrors errors) {
        if (!RECORDABLE.contains(status)) {
            errors.add("status", "Choose proposed, merged or deployed");
        }
        check(content, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        Instant now = clock.instant();
        Fix fix = new Fix();
        fix.analysis = analysis;
        fix.status = status;
        fix.recordedBy = actor;
        fix.recordedAt = now;
        fix.updatedAt = now;
        content.applyTo(fix);
        fix.persist();
        Failure failure = analysis.failure;
        if (failure != null && (failure.status == FailureStatus.OPEN || failure.status == FailureStatus.ANALYSING)) {
            failure.status = FailureStatus.FIX_IN_PROGRESS;
            FailureEvent.record(failure, now, FailureEvent.STATUS_CHANGED, "Fix in progress: fix #" + fix.id + " recorded",
                    actor, null);
        }
        story.fire(FixStory.event(fix, FixStory.RECORDED, FixStory.where(fix), actor, now));
        return fix;
    }

    /** Saves an edit; nothing changes when errors were added. */
    public void save(Fix fix, FixContent content, FormErrors errors) {
        check(content, errors);
        if (errors.isEmpty()) {
            content.applyTo(fix);
            fix.updatedAt = clock.instant();
        }
    }

    /**
     * Moves the fix one step on (FixStatus). Marking it verified by hand has the same effects as a passing session.
     *
     * @throws dev.fivewhys.core.ValidationProblem when that is not the next step
     */
    public void advance(Fix fix, FixStatus target, String actor) {
        FixStatus next = fix.status.moveTo(target);
        if (next == FixStatus.VERIFIED) {
            verify(fix, null, actor, "Fix #" + fix.id + " marked verified by " + actor);
        } else {
            fix.status = next;
            fix.updatedAt = clock.instant();
            story.fire(FixStory.event(fix, next == FixStatus.MERGED ? FixStory.MERGED : FixStory.DEPLOYED,
                    FixStory.where(fix), actor, fix.updatedAt));
        }
    }

    /** The fix worked: fix and analysis verified, failure resolved. {@code session} is null when marked by hand. */
    void verify(Fix fix, TestSession session, String actor, String note) {
        Instant now = clock.instant();
        fix.status = FixStatus.VERIFIED;
        fix.verifiedAt = now;
        fix.verifiedSession = session;
        fix.verificationNote = note;
        fix.updatedAt = now;
        Analysis analysis = fix.analysis;
        analyses.markVerified(analysis, note);
        Failure failure = analysis.failure;
        if (failure != null && failure.status != FailureStatus.RESOLVED) {
            failure.resolve(now);
            FailureEvent.record(failure, now, FailureEvent.RESOLVED, note, actor, session);
        }
        // told once the failure is resolved: the sessions' go/no-go, decided again on it, must not count it open
        story.fire(FixStory.event(fix, FixStory.VERIFIED, note, actor, now));
        verified.fire(new FixVerified(fix.id));
    }

    /** The one step back a fix takes: results proved its verification wrong. It was deployed, so it stays that. */
    void unverify(Fix fix, String note) {
        fix.status = FixStatus.DEPLOYED;
        fix.verifiedAt = null;
        fix.verifiedSession = null;
        fix.verificationNote = note;
        fix.updatedAt = clock.instant();
        story.fire(FixStory.event(fix, FixStory.UNVERIFIED, note, null, fix.updatedAt));
    }

    /** GitHub says this pull request fixes it. */
    void linkPullRequest(Fix fix, PullRequestReference pullRequest) {
        fix.pullRequestRepository = pullRequest.repository();
        fix.pullRequestNumber = pullRequest.number();
        fix.updatedAt = clock.instant();
        story.fire(FixStory.event(fix, FixStory.PR_LINKED, "Pull request " + pullRequest.url() + " says it fixes it.",
                PullRequestLinks.ACTOR, fix.updatedAt));
    }

    /** Its pull request was merged as this commit, which the fix takes when it names none yet. */
    void merged(Fix fix, CommitSha mergeCommit) {
        story.fire(FixStory.event(fix, FixStory.PR_MERGED, "Pull request " + fix.pullRequest().url() + " was merged.",
                PullRequestLinks.ACTOR, clock.instant()));
        if (fix.status == FixStatus.PROPOSED) {
            advance(fix, FixStatus.MERGED, PullRequestLinks.ACTOR);
        }
        if (fix.commitSha == null && mergeCommit != null) {
            fix.commitSha = mergeCommit.value();
        }
    }
}
