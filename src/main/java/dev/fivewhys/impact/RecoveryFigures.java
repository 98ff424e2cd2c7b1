package dev.fivewhys.impact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.core.NamedQuery;

/**
 * Time to recovery: from a failure's first sighting to its first verified fix. Percentiles are taken in
 * SQL over the failures recovered in the period.
 */
@ApplicationScoped
public class RecoveryFigures {

    /**
     * The failures whose first verified fix came at or after :previous: the fixes verified since then (an indexed
     * range, V16_15_1) that no fix of the same failure was verified before, rather than every failure's first fix
     * worked out and filtered by period. Then the period, the one before it, and each week since the period's start
     * (week 0 its first; no end: a fix dated ahead falls in a later week).
     */
    private static final String RECOVERED = """
            with recovered as materialized (
              select distinct on (a.failure_id) x.verified_at, extract(epoch from x.verified_at - f.first_seen_at) as seconds
              from fix x join analysis a on a.id = x.analysis_id join failure f on f.id = a.failure_id
              where x.verified_at >= :previous %s
                and not exists (select 1 from analysis b join fix y on y.analysis_id = b.id
                                where b.failure_id = a.failure_id and y.verified_at < x.verified_at)
              order by a.failure_id)
            select 'previous' as part, -1 as week, count(*), percentile_cont(0.5) within group (order by seconds),
                   percentile_cont(0.9) within group (order by seconds)
            from recovered where verified_at < :from
            union all
            select 'period', -1, count(*), percentile_cont(0.5) within group (order by seconds),
                   percentile_cont(0.9) within group (order by seconds)
            from recovered where verified_at >= :from and verified_at < :to
            union all
            select 'week', cast(floor(extract(epoch from verified_at - cast(:from as timestamptz)) / 604800) as int),
                   count(*), percentile_cont(0.5) within group (order by seconds), null
            from recovered where verified_at >= :from group by 2
            order by 1, 2""";

    public record Recovery(long failures, Duration median, Duration p90) {
        public boolean any() {
            return failures > 0;
        }
    }

    public record WeekRecovery(int week, Duration median, long failures) {
    }

    /**
     * @param period the failures whose first verified fix falls in the period
     * @param previous the same in the period before it
     * @param weeks the median per week of verification since the period's start, week 0 being the period's first
     */
    public record History(Recovery period, Recovery previous, List<WeekRecovery> weeks) {
    }

    /** A row of {@link #RECOVERED}: the period, the one before it, or a week of the period. */
    private record Part(String part, int week, long count, Duration median, Duration p90) {
    }

    public History of(ImpactFilter filter, Period period) {
        Recovery inPeriod = null;
        Recovery before = null;
        List<WeekRecovery> weeks = new ArrayList<>();
        for (Part part : new NamedQuery(RECOVERED.formatted(filter.projectId() == null ? "" : "and f.project_id = :project"))
                .set("previous", period.previous().from()).set("from", period.from()).set("to", period.to())
                .setIfPresent("project", filter.projectId()).list(r -> new Part(r.getString(1), r.getInt(2), r.getLong(3),
                        duration(r.getObject(4)), duration(r.getObject(5))))) {
            switch (part.part) {
                case "period" -> inPeriod = new Recovery(part.count, part.median, part.p90);
                case "previous" -> before = new Recovery(part.count, part.median, part.p90);
                default -> weeks.add(new WeekRecovery(part.week, part.median, part.count));
            }
        }
        return new History(inPeriod, before, weeks);
    }

    private static Duration duration(Object seconds) {
        return seconds == null ? null : Duration.ofSeconds(Math.round(((Number) seconds).doubleValue()));
    }
}
