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
     * The failures open now and at :at by severity; %1$s is the project's condition on {@code f}. Open at :at: first seen
     * by then, and not resolved then. Every status change writes an event (RESOLVED, REOPENED, STATUS_CHANGED to a
     * status other than resolved), so the latest of them by then says it; with none by then, the first one after says
     * what it was before (a reopen: resolved; anything else: open); a failure without any counts as resolved from its
     * resolved_at.
     * <p>
     * So a failure first seen by :at that has no such event after it and was not resolved after it was at :at as it is
     * now (its latest event, if any, says what its status says): the open failures, read from their index
     * (V16_20), are the figure at :at too, less those first seen after it, and corrected by the few failures that
     * changed after it, each worked out as above from its events through an index. Reading every failure and every
     * status change to say this cost 2.9 ms a view at 1M results; the changes since :at are the only part that grows
     * with the period.
     */
    private static final String OPEN_NOW_AND_AT = """
            with changed as (
              select f.id from failure f where f.resolved_at > :at and f.first_seen_at <= :at
              union
              select e.failure_id from failure_event e
              where e.occurred_at > :at and e.kind in ('RESOLVED', 'REOPENED', 'STATUS_CHANGED'))
            select severity, sum(now), sum(at) from (
              select f.severity, count(*) as now, count(*) filter (where f.first_seen_at <= :at) as at from failure f
              where f.status <> 'RESOLVED'%1$s group by f.severity
              union all
              select f.severity, 0, sum(case when f.status <> 'RESOLVED' then -1 else 0 end + case
                  when latest.kind is not null then case when latest.kind <> 'RESOLVED' then 1 else 0 end
                  when next.kind is not null then case when next.kind <> 'REOPENED' then 1 else 0 end
                  when f.status = 'RESOLVED' and coalesce(f.resolved_at <= :at, true) then 0 else 1 end)
              from changed c
              cross join lateral (select f.severity, f.status, f.resolved_at from failure f
                                  where f.id = c.id and f.first_seen_at <= :at%1$s) f
              left join lateral (select e.kind from failure_event e
                                 where e.failure_id = c.id and e.occurred_at <= :at
                                   and e.kind in ('RESOLVED', 'REOPENED', 'STATUS_CHANGED')
                                 order by e.occurred_at desc, e.id desc limit 1) latest on true
              left join lateral (select e.kind from failure_event e
                                 where e.failure_id = c.id and e.occurred_at > :at
                                   and e.kind in ('RESOLVED', 'REOPENED', 'STATUS_CHANGED')
                                 order by e.occurred_at, e.id limit 1) next on true
              group by f.severity) counts
            group by severity""";
    private static final String OPEN_NOW_AND_AT_IN_ALL = OPEN_NOW_AND_AT.formatted("");
    private static final String OPEN_NOW_AND_AT_IN_PROJECT = OPEN_NOW_AND_AT.formatted(" and f.project_id = :project");

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

    /** Open now and open at {@code at}: the open failures, and those that changed after {@code at}. */
    public Open openNowAndAt(ImpactFilter filter, Instant at) {
        Map<Severity, Long> now = zeros();
        Map<Severity, Long> then = zeros();
        for (OpenCounts counts : new NamedQuery(
                filter.projectId() == null ? OPEN_NOW_AND_AT_IN_ALL : OPEN_NOW_AND_AT_IN_PROJECT)
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
