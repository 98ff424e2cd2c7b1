package dev.fivewhys.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.fix.FixStatus;

/**
 * Fixes not yet verified, each with its go/no-go from its latest audit and stability validation: one
 * query for the fixes and their latest verdicts, one for the conditions of the audits among them.
 */
@ApplicationScoped
public class FixesInFlight {

    private static final int LISTED = 20;

    @Inject
    EntityManager em;

    public record FixInFlight(long id, String summary, FixStatus status, Long failureId, GoNoGo.Decision decision) {
    }

    public record RootCause(String category, long analyses) {
    }

    public List<FixInFlight> list(ImpactFilter filter) {
        Query query = em.createNativeQuery("""
                select x.id, x.summary, x.status, a.failure_id, au.id, au.recommendation, sv.readiness
                from fix x join analysis a on a.id = x.analysis_id
                left join lateral (select id, recommendation from compliance_audit where fix_id = x.id
                                   order by recorded_at desc, id desc limit 1) au on true
                left join lateral (select readiness from stability_validation where fix_id = x.id
                                   order by recorded_at desc, id desc limit 1) sv on true
                where x.status <> 'VERIFIED'""" + (filter.projectId() == null ? "" : " and a.project_id = :project")
                + " order by x.updated_at desc, x.id desc limit " + LISTED);
        if (filter.projectId() != null) {
            query.setParameter("project", filter.projectId());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object r : query.getResultList()) {
            rows.add((Object[]) r);
        }
        Map<Long, List<String>> conditions = conditionsOf(rows.stream().filter(r -> r[4] != null)
                .map(r -> ((Number) r[4]).longValue()).toList());
        List<FixInFlight> fixes = new ArrayList<>();
        for (Object[] r : rows) {
            Long audit = r[4] == null ? null : ((Number) r[4]).longValue();
            GoNoGo.Decision decision = GoNoGo.evaluate(r[5] == null ? null : AuditRecommendation.valueOf((String) r[5]),
                    conditions.getOrDefault(audit, List.of()), r[6] == null ? null : Readiness.valueOf((String) r[6]));
            fixes.add(new FixInFlight(((Number) r[0]).longValue(), (String) r[1], FixStatus.valueOf((String) r[2]),
                    r[3] == null ? null : ((Number) r[3]).longValue(), decision));
        }
        return fixes;
    }

    /** Analyses of the period by root-cause category, most frequent first (a Pareto). */
    public List<RootCause> rootCauses(ImpactFilter filter, java.time.Instant since) {
        Query query = em.createNativeQuery("""
                select coalesce(c.name, 'not categorised'), count(*) from analysis a
                left join root_cause_category c on c.id = a.category_id
                where a.created_at >= :since""" + (filter.projectId() == null ? "" : " and a.project_id = :project")
                + " group by 1 order by 2 desc, 1").setParameter("since", java.sql.Timestamp.from(since));
        if (filter.projectId() != null) {
            query.setParameter("project", filter.projectId());
        }
        List<RootCause> causes = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            causes.add(new RootCause((String) row[0], ((Number) row[1]).longValue()));
        }
        return causes;
    }

    private Map<Long, List<String>> conditionsOf(List<Long> audits) {
        Map<Long, List<String>> conditions = new HashMap<>();
        if (audits.isEmpty()) {
            return conditions;
        }
        for (Object r : em.createNativeQuery("select audit_id, text from audit_condition where audit_id in (:audits) "
                + "order by audit_id, position").setParameter("audits", audits).getResultList()) {
            Object[] row = (Object[]) r;
            conditions.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add((String) row[1]);
        }
        return conditions;
    }
}
