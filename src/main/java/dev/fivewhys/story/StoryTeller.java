package dev.fivewhys.story;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import dev.fivewhys.failure.FailureOccurrence;
import dev.fivewhys.result.ResultsIngested;
import dev.fivewhys.result.TestRun;
import dev.fivewhys.session.StoryEvent;
import dev.fivewhys.session.TestSession;

/**
 * Tells each session's story as it happens: every {@link StoryEvent} (and every upload of results) becomes an entry the
 * app writes into the timeline, and the go/no-go of every session it touches is decided again. Runs inside the
 * transaction that changed the records, after the other observers of an upload (which may verify or reopen fixes).
 */
@ApplicationScoped
public class StoryTeller {

    /** The most sessions whose go/no-go one change of a failure decides again: the latest it was seen in. */
    static final int MOST_SESSIONS = 100;

    @Inject
    Clock clock;
    @Inject
    SessionVerdicts verdicts;

    void happened(@Observes StoryEvent event) {
        Set<Long> touched = new LinkedHashSet<>();
        if (event.sessionId() != null) {
            touched.add(event.sessionId());
        }
        List<FailureOccurrence> seen = event.failureId() == null ? List.of()
                : FailureOccurrence.listByFailure(event.failureId(), MOST_SESSIONS);
        seen.forEach(o -> touched.add(o.sessionId));
        if (event.hasEntry()) {
            // an analysis started from a session is told there; else where its failure was seen last
            Long teller = event.sessionId() != null ? event.sessionId() : seen.isEmpty() ? null : seen.get(0).sessionId;
            TestSession session = teller == null ? null : TestSession.findById(teller);
            if (session != null) {
                session.addAppEntry(event.at(), event.title(), event.body(), event.actor(), clock.instant());
            }
        }
        verdicts.recheck(touched);
    }

    void uploaded(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ResultsIngested event) {
        TestRun run = TestRun.findById(event.runId());
        TestSession session = run == null ? null : run.session;
        if (session == null) {
            return;
        }
        UploadStory story = UploadStory.of(run, event.reopenedFailureIds());
        session.addAppEntry(run.uploadedAt, UploadStory.RESULTS_UPLOADED, story.totals(), run.uploadedBy,
                clock.instant());
        for (UploadStory.Told told : story.failures()) {
            session.addAppEntry(run.uploadedAt, told.title(), told.body(), run.uploadedBy, clock.instant());
        }
        // fixes this run verified or undid told their own story, deciding their failures' sessions again
        verdicts.recheck(session.id);
    }
}
