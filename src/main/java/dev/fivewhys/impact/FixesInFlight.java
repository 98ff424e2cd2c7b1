package dev.fivewhys.impact;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.core.NamedQuery;
import dev.fivewhys.fix.FixStatus;

/** Fixes not yet verified, the latest changed first, each with its go/no-go; and the root causes of the period. */
@ApplicationScoped
public class FixesInFlight {

    private static final int LISTED = 20;
    /** The fixes listed with their decisions, in every project and in one (made once: they differ only there). */
    private static final String LIST = list("");
    private static final String LIST_OF_PROJECT = list(" and a.project_id = :project");

    public record FixInFlight(long id, String summary, FixStatus status, Long failureId, GoNoGo.Decision decision) {
    }

    public record RootCause(String category, long analyses) {
    }

    /** Each fix's decision is read in the same statement, over the listed fixes only. */
    public List<FixInFlight> list(ImpactFilter filter) {
        return new NamedQuery(filter.projectId() == null ? LIST : LIST_OF_PROJECT).setIfPresent("project", filter.projectId())
                .list(r -> new FixInFlight(r.getLong(1), r.getString(2), FixStatus.valueOf(r.getString(3)),
                        r.getObject(4, Long.class), FixDecisions.of(r.getString(5))));
    }

    private static String list(String project) {
        return "select x.id, x.summary, x.status, x.failure_id, " + FixDecisions.DECISION + """

                from (select x.id, x.summary, x.status, a.failure_id, x.updated_at
                      from fix x join analysis a on a.id = x.analysis_id
                      where x.status <> 'VERIFIED'%s
                      order by x.updated_at desc, x.id desc limit %d) x
                """.formatted(project, LISTED) + FixDecisions.LATEST_VERDICTS + "order by x.updated_at desc, x.id desc";
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
