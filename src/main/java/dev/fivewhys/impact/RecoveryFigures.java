package dev.fivewhys.impact;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Time to recovery: from a failure's first sighting to its first verified fix. Percentiles are taken in
 * SQL over the failures recovered in the period.
 */
@ApplicationScoped
public class RecoveryFigures {

    private static final String RECOVERED = """
            with recovered as (
              select f.id, min(x.verified_at) as verified_at,
                     extract(epoch from min(x.verified_at) - f.first_seen_at) as seconds
              from failure f join analysis a on a.failure_id = f.id join fix x on x.analysis_id = a.id
              where x.verified_at is not null %s
              group by f.id, f.first_seen_at)
            """;

    @Inject
    EntityManager em;

    public record Recovery(long failures, Duration median, Duration p90) {
        public boolean any() {
            return failures > 0;
        }
    }

    public record WeekRecovery(int week, Duration median, long failures) {
    }

    /** The failures whose first verified fix falls in the period. */
    public Recovery overall(ImpactFilter filter, Period period) {
        Query query = em.createNativeQuery(RECOVERED.formatted(projectClause(filter)) + """
                select count(*), percentile_cont(0.5) within group (order by seconds),
                       percentile_cont(0.9) within group (order by seconds)
                from recovered where verified_at >= :from and verified_at < :to""")
                .setParameter("from", Timestamp.from(period.from())).setParameter("to", Timestamp.from(period.to()));
        bind(query, filter);
        Object[] row = (Object[]) query.getSingleResult();
        long count = ((Number) row[0]).longValue();
        return new Recovery(count, duration(row[1]), duration(row[2]));
    }

    /** The median per week of verification, week 0 being the period's first. */
    public List<WeekRecovery> byWeek(ImpactFilter filter, Instant since) {
        Query query = em.createNativeQuery(RECOVERED.formatted(projectClause(filter)) + """
                select cast(floor(extract(epoch from verified_at - cast(:since as timestamptz)) / 604800) as int) as week,
                       percentile_cont(0.5) within group (order by seconds), count(*)
                from recovered where verified_at >= :since group by 1 order by 1""")
                .setParameter("since", Timestamp.from(since));
        bind(query, filter);
        List<WeekRecovery> weeks = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            weeks.add(new WeekRecovery(((Number) row[0]).intValue(), duration(row[1]), ((Number) row[2]).longValue()));
        }
        return weeks;
    }

    private static String projectClause(ImpactFilter filter) {
        return filter.projectId() == null ? "" : "and f.project_id = :project";
    }

    private static void bind(Query query, ImpactFilter filter) {
        if (filter.projectId() != null) {
            query.setParameter("project", filter.projectId());
        }
    }

    private static Duration duration(Object seconds) {
        return seconds == null ? null : Duration.ofSeconds(Math.round(((Number) seconds).doubleValue()));
    }
}
