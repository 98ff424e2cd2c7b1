package dev.fivewhys.impact;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.core.NamedQuery;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.project.Severity;

/** Open failures by severity, now and at an earlier moment, and the failures that came back, by indexed SQL. */
@ApplicationScoped
public class FailureFigures {

    private static final int RECURRING_LISTED = 10;

    /**
     * A failure came back when a test run saw it again after it was resolved (the ledger reopens it and names the
     * session). An issue reopened on GitHub is someone's decision, not a recurrence, and names no session.
     */
    public static final String CAME_BACK = "e.kind = 'REOPENED' and e.session_id is not null";

    /**
     * The failures open now and at :at by severity, before the project and the grouping. Open at :at: first seen by
     * then, and not resolved then. Every status change writes an event (RESOLVED, REOPENED, STATUS_CHANGED to a status
     * other than resolved), so the latest of them by then says it; with none by then, the first one after says what it was
     * before (a reopen: resolved; anything else: open); a failure
     * without any counts as resolved from its resolved_at. Each failure's changes are read in one pass over the events
     * rather than looked up twice per failure.
     */
    private static final String OPEN_NOW_AND_AT = """
            with changes as (select e.failure_id, e.occurred_at, e.id, e.kind from failure_event e
                               where e.kind in ('RESOLVED', 'REOPENED', 'STATUS_CHANGED')),
            latest as (select distinct on (failure_id) failure_id, kind from changes where occurred_at <= :at
                       order by failure_id, occurred_at desc, id desc),
            next as (select distinct on (failure_id) failure_id, kind from changes where occurred_at > :at
                     order by failure_id, occurred_at, id)
            select f.severity, count(*) filter (where f.status <> 'RESOLVED'),
                   count(*) filter (where f.first_seen_at <= :at and case
                  when latest.kind is not null then latest.kind <> 'RESOLVED'
                  when next.kind is not null then next.kind <> 'REOPENED'
                  else not (f.status = 'RESOLVED' and coalesce(f.resolved_at <= :at, true)) end) from failure f
            left join latest on latest.failure_id = f.id
            left join next on next.failure_id = f.id
            where true""";

    public record RecurringFailure(long id, String failureType, String sampleMessage, Severity severity, long occurrences,
            Instant cameBackAt, long timesInPeriod, FailureStatus status) {

        public String title() {
            return Failure.titleOf(failureType, sampleMessage);
        }
    }

    /** Failures open now, and at an earlier moment, by severity. */
    public record Open(Map<Severity, Long> now, Map<Severity, Long> at) {
    }

    private record OpenCounts(Severity severity, long now, long at) {
    }

    /** Open now and open at {@code at} in one pass over the failures: each was a scan of every failure. */
    public Open openNowAndAt(ImpactFilter filter, Instant at) {
        Map<Severity, Long> now = zeros();
        Map<Severity, Long> then = zeros();
        for (OpenCounts counts : new NamedQuery(OPEN_NOW_AND_AT + projectClause(filter) + " group by f.severity")
                .set("at", at).setIfPresent("project", filter.projectId())
                .list(r -> new OpenCounts(Severity.valueOf(r.getString(1)), r.getLong(2), r.getLong(3)))) {
            now.put(counts.severity, counts.now);
            then.put(counts.severity, counts.at);
        }
        return new Open(now, then);
    }

    /** How many failures came back in a period and in the period before it. */
    public record CameBack(long inPeriod, long before) {
    }

    public CameBack cameBack(ImpactFilter filter, Period period) {
        return new NamedQuery("select count(distinct e.failure_id) filter (where e.occurred_at >= :from), "
                + "count(distinct e.failure_id) filter (where e.occurred_at < :from) "
                + "from failure_event e join failure f on f.id = e.failure_id where " + CAME_BACK
                + " and e.occurred_at >= :previous and e.occurred_at < :to" + projectClause(filter))
                .set("from", period.from()).set("previous", period.previous().from()).set("to", period.to())
                .setIfPresent("project", filter.projectId()).single(r -> new CameBack(r.getLong(1), r.getLong(2)));
    }

    /** The failures that came back in the period, the latest first. */
    public List<RecurringFailure> recurring(ImpactFilter filter, Period period) {
        // joined, not String.formatted: a Formatter per view for three blanks
        return new NamedQuery("""
                select f.id, f.failure_type, f.sample_message, f.severity, f.occurrences, max(e.occurred_at), count(*),
                       f.status
                from failure_event e join failure f on f.id = e.failure_id
                where\s""" + CAME_BACK + " and e.occurred_at >= :from and e.occurred_at < :to " + projectClause(filter)
                + "\ngroup by f.id order by 6 desc, f.id desc limit " + RECURRING_LISTED).set("from", period.from())
                .set("to", period.to())
                .setIfPresent("project", filter.projectId())
                .list(r -> new RecurringFailure(r.getLong(1), r.getString(2), r.getString(3),
                        Severity.valueOf(r.getString(4)), r.getLong(5), r.getTimestamp(6).toInstant(), r.getLong(7),
                        FailureStatus.valueOf(r.getString(8))));
    }

    private static Map<Severity, Long> zeros() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        return counts;
    }

    private static String projectClause(ImpactFilter filter) {
        return filter.projectId() == null ? "" : " and f.project_id = :project";
    }
}
