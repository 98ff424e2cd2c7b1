package dev.fivewhys.github.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.result.ResultsIngested;
import dev.fivewhys.session.TestSession;

/**
 * An upload changes failures with SQL (counts, new failures, reopened ones), which entity listeners do
 * not see: the failures it touched are queued for GitHub here, in the upload's transaction.
 */
@ApplicationScoped
public class ResultsMirror {

    @Inject
    SyncJobs syncJobs;

    void ingested(@Observes ResultsIngested event) {
        // the failures are the session's project's: when it has no repository, none goes to GitHub and none is loaded
        TestSession session = TestSession.findById(event.sessionId());
        if (session == null || !session.project.mirrorsToGitHub()) {
            return;
        }
        for (long id : event.touchedFailureIds()) {
            Failure failure = Failure.findById(id);
            if (failure != null) {
                syncJobs.syncIfMirrored(failure);
            }
        }
    }
}
