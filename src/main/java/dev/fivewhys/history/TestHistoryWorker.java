package dev.fivewhys.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Brings test histories up to date in the background: right after an upload commits (on a worker thread, so the
 * upload's answer never waits for it), and every few seconds for runs another copy queued, or that a crash or a
 * failure left behind.
 */
@ApplicationScoped
public class TestHistoryWorker {

    private static final Logger LOG = Logger.getLogger(TestHistoryWorker.class);

    @Inject
    TestHistoryQueue queue;

    void afterUpload(@Observes(during = TransactionPhase.AFTER_SUCCESS) HistoryQueued queued) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                queue.drain(queued.projectId(), false);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Bringing the test histories of project %d up to date failed; the sweep tries again",
                        queued.projectId());
            }
        });
    }

    @Scheduled(every = "${fivewhys.history.sweep-interval:3s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        queue.drain();
    }
}
