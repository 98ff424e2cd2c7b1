package dev.fivewhys.impact;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.core.NamedQuery;
import dev.fivewhys.fix.FixStatus;

/** Fixes not yet verified, the latest changed first, each with its go/no-go; and the root causes of the period. */
@ApplicationScoped
public class FixesInFlight {

    private static final int LISTED = 20;

    @Inject
    FixDecisions decisions;

    public record FixInFlight(long id, String summary, FixStatus status, Long failureId, GoNoGo.Decision decision) {
    }

    public record RootCause(String category, long analyses) {
    }

    public List<FixInFlight> list(ImpactFilter filter) {
        List<FixInFlight> rows = new NamedQuery("""
                select x.id, x.summary, x.status, a.failure_id
                from fix x join analysis a on a.id = x.analysis_id
                where x.status <> 'VERIFIED'""" + (filter.projectId() == null ? "" : " and a.project_id = :project")
                + " order by x.updated_at desc, x.id desc limit " + LISTED).setIfPresent("project", filter.projectId())
                .list(r -> new FixInFlight(r.getLong(1), r.getString(2), FixStatus.valueOf(r.getString(3)),
                        r.getObject(4, Long.class), null));
        Map<Long, GoNoGo.Decision> decided = decisions.of(rows.stream().map(FixInFlight::id).toList());
        return rows.stream().map(f -> new FixInFlight(f.id(), f.summary(), f.status(), f.failureId(), decided.get(f.id())))
                .toList();
    }

    /** Analyses of the period by root-cause category, most frequent first (a Pareto). */
    public List<RootCause> rootCauses(ImpactFilter filter, java.time.Instant since) {
        return new NamedQuery("""
                select coalesce(c.name, 'not categorised'), count(*) from analysis a
                left join root_cause_category c on c.id = a.category_id
                where a.created_at >= :since""" + (filter.projectId() == null ? "" : " and a.project_id = :project")
                + " group by 1 order by 2 desc, 1").set("since", since).setIfPresent("project", filter.projectId())
                .list(r -> new RootCause(r.getString(1), r.getLong(2)));
    }
}
