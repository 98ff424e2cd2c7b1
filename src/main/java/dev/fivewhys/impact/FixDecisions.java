package dev.fivewhys.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;

/**
 * The go/no-go of fixes read in bulk: the latest audit and stability validation of each (one index read each), and
 * the conditions of those audits. {@link #READY} says the same in SQL, so lists can be filtered and ordered in the
 * database before any decision is read.
 */
@ApplicationScoped
public class FixDecisions {

    /** Lateral joins giving the latest audit ({@code au}) and stability validation ({@code sv}) of fix {@code x}. */
    public static final String LATEST_VERDICTS = """
            left join lateral (select id, recommendation, recorded_at from compliance_audit where fix_id = x.id
                               order by recorded_at desc, id desc limit 1) au on true
            left join lateral (select readiness, notes, recorded_at from stability_validation where fix_id = x.id
                               order by recorded_at desc, id desc limit 1) sv on true
            """;

    /**
     * Whether fix {@code x} may be deployed, over {@link #LATEST_VERDICTS}: the rule of {@link GoNoGo} said once in SQL,
     * by fix_ready (migration V16_10), which also keeps the lists of fixes waiting on a decision or a deployment.
     */
    public static final String READY = "fix_ready(au.recommendation, sv.readiness)";

    @Inject
    EntityManager em;

    /** The decision of each fix, by id; fixes that do not exist are left out. */
    public Map<Long, GoNoGo.Decision> of(List<Long> fixIds) {
        Map<Long, GoNoGo.Decision> decisions = new HashMap<>();
        if (fixIds.isEmpty()) {
            return decisions;
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object r : em.createNativeQuery("select x.id, au.id, au.recommendation, sv.readiness, sv.notes from fix x "
                + LATEST_VERDICTS + "where x.id in (:fixes)").setParameter("fixes", fixIds).getResultList()) {
            rows.add((Object[]) r);
        }
        Map<Long, List<String>> conditions = conditionsOf(
                rows.stream().filter(r -> r[1] != null).map(r -> ((Number) r[1]).longValue()).toList());
        for (Object[] r : rows) {
            Long audit = r[1] == null ? null : ((Number) r[1]).longValue();
            decisions.put(((Number) r[0]).longValue(),
                    GoNoGo.evaluate(r[2] == null ? null : AuditRecommendation.valueOf((String) r[2]),
                            conditions.getOrDefault(audit, List.of()), r[3] == null ? null : Readiness.valueOf((String) r[3]),
                            (String) r[4]));
        }
        return decisions;
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
