package dev.fivewhys.impact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.fivewhys.core.SqlValues;
import dev.fivewhys.project.Severity;

/** Open failures by severity and the failures that keep coming back, by indexed SQL. */
@ApplicationScoped
public class FailureFigures {

    private static final int RECURRING_LISTED = 10;

    @Inject
    EntityManager em;

    public record RecurringFailure(long id, String failureType, String sampleMessage, Severity severity, long occurrences,
            Instant lastSeenAt, String status) {
    }

    public Map<Severity, Long> openBySeverity(ImpactFilter filter) {
        var query = em.createNativeQuery("select severity, count(*) from failure where status <> 'RESOLVED'"
                + (filter.projectId() == null ? "" : " and project_id = :project") + " group by severity");
        if (filter.projectId() != null) {
            query.setParameter("project", filter.projectId());
        }
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(Severity.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    public List<RecurringFailure> recurring(ImpactFilter filter, Instant since) {
        var query = em.createNativeQuery("""
                select id, failure_type, sample_message, severity, occurrences, last_seen_at, status from failure
                where recurring and last_seen_at >= :since""" + (filter.projectId() == null ? "" : " and project_id = :project")
                + " order by last_seen_at desc limit " + RECURRING_LISTED).setParameter("since", Timestamp.from(since));
        if (filter.projectId() != null) {
            query.setParameter("project", filter.projectId());
        }
        List<RecurringFailure> failures = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            failures.add(new RecurringFailure(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    Severity.valueOf((String) r[3]), ((Number) r[4]).longValue(), SqlValues.instant(r[5]),
                    (String) r[6]));
        }
        return failures;
    }
}
