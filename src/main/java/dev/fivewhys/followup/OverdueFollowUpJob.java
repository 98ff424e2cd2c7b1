package dev.fivewhys.followup;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.fivewhys.analysis.AnalysisRevision;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Once a day, finds the follow-ups that became overdue (open, due before today on the app's clock, in its time zone)
 * and notes each once per due date: a line in its analysis's history, and {@link FollowUpBecameOverdue} for whoever
 * wants to tell someone. The marking is one UPDATE … RETURNING, so two copies of the app running it at once note each
 * follow-up once.
 */
@ApplicationScoped
public class OverdueFollowUpJob {

    private static final Logger LOG = Logger.getLogger(OverdueFollowUpJob.class);

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    Event<FollowUpBecameOverdue> overdue;

    @Scheduled(cron = "${fivewhys.follow-ups.overdue-cron:0 0 6 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OverdueFollowUpJob.Off.class)
    void daily() {
        int found = run();
        if (found > 0) {
            LOG.infof("%d follow-up(s) became overdue", found);
        }
    }

    /** Today on the injected clock. */
    public int run() {
        return run(LocalDate.now(clock.withZone(TimeFormat.zone())));
    }

    /** @return how many follow-ups became overdue as of {@code today} */
    public int run(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("""
                    update follow_up set overdue_noticed_on = ?1
                    where status in ('OPEN', 'IN_PROGRESS') and due_on < ?1 and overdue_noticed_on is null
                    returning id
                    """).setParameter(1, Date.valueOf(today)).getResultList();
            for (Number id : ids.stream().sorted((a, b) -> Long.compare(a.longValue(), b.longValue())).toList()) {
                FollowUp followUp = FollowUp.findById(id.longValue());
                AnalysisRevision.record(followUp.analysis, clock.instant(), null,
                        List.of("Follow-up #" + followUp.id + " became overdue (due " + followUp.dueOn + ")"));
                overdue.fire(new FollowUpBecameOverdue(followUp.id));
            }
            return ids.size();
        });
    }

    /** Off where {@code fivewhys.follow-ups.overdue-job} is false: in tests, which run it by hand on a fixed day. */
    @ApplicationScoped
    public static class Off implements Scheduled.SkipPredicate {

        @Inject
        FollowUpConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.overdueJob();
        }
    }
}
