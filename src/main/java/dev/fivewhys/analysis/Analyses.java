package dev.fivewhys.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.session.LogEntry;
import dev.fivewhys.session.StoryEvent;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.web.FormErrors;

/**
 * Every change of an analysis goes through here, so each one is checked the same way (pages and API) and leaves a
 * revision saying who changed what.
 */
@ApplicationScoped
public class Analyses {

    static final String VERIFIED_STAYS = "A verified analysis stays as it is; start a new analysis if the problem came back";

    private static final Pattern LINK = Pattern.compile("(?i)https?://\\S+");

    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @Inject
    Event<StoryEvent> story;

    /**
     * Adds a message per field the content breaks a rule of, and for what completing it still needs when it is to be
     * complete; nothing is written.
     */
    public void check(AnalysisContent content, boolean complete, FormErrors errors) {
        errors.addAll(validator.validate(content));
        for (int i = 0; i < content.whys().size(); i++) {
            checkEvidence(content.whys().get(i), "whys[" + i + "].evidence", errors);
        }
        if (complete) {
            CompletionCheck.whatIsMissing(content.problemStatement(), content.answers(), content.rootCause())
                    .forEach(missing -> errors.add(missing.field(), missing.message()));
        }
    }

    private static void checkEvidence(AnalysisContent.Why why, String field, FormErrors errors) {
        if (why.evidence() == null) {
            return;
        }
        switch (why.evidenceKind()) {
            case LINK -> {
                if (!LINK.matcher(why.evidence()).matches()) {
                    errors.add(field, "A link starts with https:// or http://");
                }
            }
            case LOG_ENTRY -> {
                Long id = AnalysisContent.logEntryId(why.evidence());
                if (id == null || LogEntry.findById(id) == null) {
                    errors.add(field, "Give the number of a session log entry, e.g. #12 (shown beside each entry)");
                }
            }
            default -> {
                // A note or a test name: any text will do.
            }
        }
    }

    /**
     * Starts an analysis of a failure, or of a session when failure is null; moves an open failure to analysing.
     *
     * @return the new analysis, or null when errors were added
     */
    public Analysis start(Failure failure, TestSession session, AnalysisContent content, boolean complete,
            String actor, FormErrors errors) {
        check(content, complete, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        Instant now = clock.instant();
        Analysis analysis = new Analysis();
        analysis.failure = failure;
        analysis.session = session;
        analysis.project = failure != null ? failure.project : session.project;
        analysis.createdBy = actor;
        analysis.createdAt = now;
        analysis.updatedAt = now;
        content.applyTo(analysis);
        List<String> lines = new ArrayList<>();
        lines.add(failure != null ? "Started from failure #" + failure.id : "Started from session #" + session.id);
        lines.addAll(AnalysisChanges.between(AnalysisContent.empty(), content));
        if (complete) {
            analysis.status = AnalysisStatus.DRAFT.moveTo(AnalysisStatus.COMPLETE);
            analysis.completedAt = now;
            lines.add("Status: Draft → Complete");
        }
        analysis.persist();
        AnalysisRevision.record(analysis, now, actor, lines);
        if (failure != null && failure.status == FailureStatus.OPEN) {
            failure.status = FailureStatus.ANALYSING;
            FailureEvent.record(failure, now, FailureEvent.STATUS_CHANGED,
                    "Analysing: analysis #" + analysis.id + " started", actor, null);
        }
        story.fire(AnalysisStory.event(analysis, AnalysisStory.STARTED, problem(analysis), actor, now));
        if (complete) {
            story.fire(AnalysisStory.event(analysis, AnalysisStory.COMPLETED, AnalysisStory.rootCause(analysis), actor,
                    now));
        }
        return analysis;
    }

    /**
     * Saves an edit. A complete analysis stays complete, so it must still have what completing asked for.
     *
     * @return whether anything changed
     */
    public boolean save(Analysis analysis, AnalysisContent content, boolean complete, String actor, FormErrors errors) {
        if (analysis.status == AnalysisStatus.VERIFIED) {
            errors.add(FormErrors.FORM, VERIFIED_STAYS);
            return false;
        }
        check(content, complete || analysis.status == AnalysisStatus.COMPLETE, errors);
        if (!errors.isEmpty()) {
            return false;
        }
        List<String> lines = new ArrayList<>(AnalysisChanges.between(AnalysisContent.of(analysis), content));
        Instant now = clock.instant();
        boolean completing = complete && analysis.status == AnalysisStatus.DRAFT;
        if (completing) {
            analysis.status = analysis.status.moveTo(AnalysisStatus.COMPLETE);
            analysis.completedAt = now;
            lines.add("Status: Draft → Complete");
        }
        if (lines.isEmpty()) {
            return false;
        }
        content.applyTo(analysis);
        analysis.updatedAt = now;
        AnalysisRevision.record(analysis, now, actor, lines);
        if (completing) {
            story.fire(AnalysisStory.event(analysis, AnalysisStory.COMPLETED, AnalysisStory.rootCause(analysis), actor,
                    now));
        }
        return true;
    }

    /** Someone found more to say about a complete analysis: it becomes a draft again. */
    public void reopen(Analysis analysis, String actor) {
        analysis.status = analysis.status.moveTo(AnalysisStatus.DRAFT);
        changeStatus(analysis, actor, List.of("Status: Complete → Draft"));
        story.fire(AnalysisStory.event(analysis, AnalysisStory.REOPENED, "Reopened as a draft.", actor,
                analysis.updatedAt));
    }

    /** Its fix was verified; a draft stays a draft (a draft cannot be verified) with a note saying so. */
    public void markVerified(Analysis analysis, String note) {
        if (analysis.status == AnalysisStatus.COMPLETE) {
            analysis.status = analysis.status.moveTo(AnalysisStatus.VERIFIED);
            analysis.verifiedAt = clock.instant();
            changeStatus(analysis, null, List.of("Status: Complete → Verified", note));
            story.fire(AnalysisStory.event(analysis, AnalysisStory.VERIFIED, note, null, analysis.verifiedAt));
        } else if (analysis.status == AnalysisStatus.DRAFT) {
            changeStatus(analysis, null, List.of(note, "Still a draft: complete it to mark it verified"));
        }
    }

    /**
     * The failure came back, so what the analysis concluded did not hold: back to draft whatever its status. This is
     * the one way out of verified, and it is the application's doing, never a user's step (see AnalysisStatus).
     */
    public void reopenOnRecurrence(Analysis analysis, String note) {
        if (analysis.status == AnalysisStatus.DRAFT) {
            changeStatus(analysis, null, List.of(note));
            return;
        }
        String was = analysis.status.label;
        analysis.status = AnalysisStatus.DRAFT;
        analysis.verifiedAt = null;
        changeStatus(analysis, null, List.of("Status: " + was + " → Draft", note));
        story.fire(AnalysisStory.event(analysis, AnalysisStory.REOPENED, was + " → Draft: " + note, null,
                analysis.updatedAt));
    }

    private static String problem(Analysis analysis) {
        return analysis.problemStatement == null || analysis.problemStatement.isBlank() ? null
                : "Problem: " + analysis.problemStatement.strip().replace('\n', ' ');
    }

    private void changeStatus(Analysis analysis, String actor, List<String> lines) {
        Instant now = clock.instant();
        analysis.updatedAt = now;
        AnalysisRevision.record(analysis, now, actor, lines);
    }
}
