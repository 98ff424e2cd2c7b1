package dev.fivewhys.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.core.NamedQuery;

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

    /** The decision of each fix, by id; fixes that do not exist are left out. */
    public Map<Long, GoNoGo.Decision> of(List<Long> fixIds) {
        Map<Long, GoNoGo.Decision> decisions = new HashMap<>();
        if (fixIds.isEmpty()) {
            return decisions;
        }
        List<Verdicts> rows = new NamedQuery("select x.id, au.id, au.recommendation, sv.readiness, sv.notes from fix x "
                + LATEST_VERDICTS + "where x.id in (:fixes)").set("fixes", fixIds)
                .list(r -> new Verdicts(r.getLong(1), r.getObject(2, Long.class), r.getString(3), r.getString(4),
                        r.getString(5)));
        Map<Long, List<String>> conditions = conditionsOf(
                rows.stream().map(Verdicts::audit).filter(Objects::nonNull).toList());
        for (Verdicts r : rows) {
            decisions.put(r.fix(),
                    GoNoGo.evaluate(r.recommendation() == null ? null : AuditRecommendation.valueOf(r.recommendation()),
                            conditions.getOrDefault(r.audit(), List.of()),
                            r.readiness() == null ? null : Readiness.valueOf(r.readiness()), r.notes()));
        }
        return decisions;
    }

    /** A fix's latest audit (its id and recommendation) and stability validation, as read. */
    private record Verdicts(long fix, Long audit, String recommendation, String readiness, String notes) {
    }

    private Map<Long, List<String>> conditionsOf(List<Long> audits) {
        Map<Long, List<String>> conditions = new HashMap<>();
        if (audits.isEmpty()) {
            return conditions;
        }
        new NamedQuery("select audit_id, text from audit_condition where audit_id in (:audits) "
                + "order by audit_id, position").set("audits", audits).list(r -> Map.entry(r.getLong(1), r.getString(2)))
                .forEach(c -> conditions.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(c.getValue()));
        return conditions;
    }
}
