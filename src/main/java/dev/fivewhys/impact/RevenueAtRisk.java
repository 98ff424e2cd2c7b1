package dev.fivewhys.impact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.web.SqlValues;

/**
 * Revenue at risk, computed in SQL. A session puts its impact at risk while it is open (not passed);
 * a session that continues another replaces its predecessor's figure, so only the newest session of
 * a chain counts. Sums are kept per currency and per MRR/ARR: they are never added together.
 */
@ApplicationScoped
public class RevenueAtRisk {

    /** Sessions whose impact counts at a moment T: started by T, not passed by T, not continued by T. */
    private static final String AT_RISK_AT = """
            from test_session s join project p on p.id = s.project_id
            where s.impact_amount_minor is not null
              and coalesce(s.started_at, s.created_at) <= %1$s
              and not (s.status = 'PASSED' and coalesce(s.ended_at, s.updated_at) <= %1$s)
              and not exists (select 1 from test_session n where n.continues_session_id = s.id
                              and coalesce(n.started_at, n.created_at) <= %1$s)
            """;

    @Inject
    EntityManager em;

    public record ProjectRisk(long projectId, String projectName, String projectSlug, Money money, long sessions) {
    }

    public record WeekRisk(Instant weekEnd, Money money) {
    }

    /** Now, per project, currency and basis. */
    public List<ProjectRisk> now(ImpactFilter filter, Instant now) {
        String sql = "select p.id, p.name, p.slug, s.impact_currency, s.impact_basis, sum(s.impact_amount_minor), count(*) "
                + AT_RISK_AT.formatted(":now") + projectClause(filter)
                + " group by p.id, p.name, p.slug, s.impact_currency, s.impact_basis order by p.name, s.impact_basis";
        var query = em.createNativeQuery(sql).setParameter("now", Timestamp.from(now));
        bindProject(query, filter);
        List<ProjectRisk> risks = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            risks.add(new ProjectRisk(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    money(r[5], r[3], r[4]), ((Number) r[6]).longValue()));
        }
        return risks;
    }

    /** The same figure at the end of each week of the period, oldest first. */
    public List<WeekRisk> byWeek(ImpactFilter filter, Instant periodStart, Instant now) {
        String sql = """
                with weeks as (
                  select w as week_end from generate_series(cast(:start as timestamptz) + interval '1 week',
                                                            cast(:now as timestamptz) + interval '1 week', interval '1 week') w)
                select weeks.week_end, s.impact_currency, s.impact_basis, sum(s.impact_amount_minor)
                from weeks join lateral (select s.* """ + AT_RISK_AT.formatted("weeks.week_end") + projectClause(filter)
                + """
                        ) s on true
                        group by weeks.week_end, s.impact_currency, s.impact_basis order by weeks.week_end
                        """;
        var query = em.createNativeQuery(sql).setParameter("start", Timestamp.from(periodStart))
                .setParameter("now", Timestamp.from(now));
        bindProject(query, filter);
        List<WeekRisk> weeks = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            weeks.add(new WeekRisk(SqlValues.instant(r[0]), money(r[3], r[1], r[2])));
        }
        return weeks;
    }

    private static String projectClause(ImpactFilter filter) {
        return filter.project() == null ? "" : " and s.project_id = :project";
    }

    private static void bindProject(jakarta.persistence.Query query, ImpactFilter filter) {
        if (filter.project() != null) {
            query.setParameter("project", filter.project());
        }
    }

    private static Money money(Object amount, Object currency, Object basis) {
        return new Money(((Number) amount).longValue(), (String) currency, ImpactBasis.valueOf((String) basis));
    }
}
