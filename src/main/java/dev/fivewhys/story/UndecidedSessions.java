package dev.fivewhys.story;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Decides the sessions whose go/no-go was never kept in full (decided before V16_4, or written by SQL), so that the
 * sessions API can read every verdict instead of deciding each session it lists. Sessions are decided again whenever
 * their records change; this only fills the gaps, a batch at a time, each session in a short transaction of its own.
 */
@ApplicationScoped
public class UndecidedSessions {

    private static final Logger LOG = Logger.getLogger(UndecidedSessions.class);
    static final int BATCH = 100;
    static final int MOST_PER_ROUND = 1_000;

    @Inject
    SessionVerdicts verdicts;

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void decideUndecided() {
        int decided = 0;
        long after = 0;
        while (decided < MOST_PER_ROUND) {
            long from = after;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> verdicts.undecided(from, BATCH));
            for (long id : ids) {
                after = id;
                try {
                    QuarkusTransaction.requiringNew().run(() -> verdicts.recheck(id));
                } catch (RuntimeException e) {
                    // one session that cannot be decided must not keep the others undecided
                    LOG.warnf(e, "Deciding the go/no-go of session %d failed", id);
                }
            }
            decided += ids.size();
            if (ids.size() < BATCH) {
                break;
            }
        }
        if (decided > 0) {
            LOG.infof("Decided the go/no-go of %d sessions decided before it was kept in full", decided);
        }
    }
}
