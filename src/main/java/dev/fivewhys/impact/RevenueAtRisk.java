package dev.fivewhys.impact;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.fivewhys.session.ImpactBasis;

/**
 * Revenue at risk, computed in SQL. A session puts its impact at risk from the moment it starts until it
 * passes or another session continues it (the newer one's figure replaces its own). Sums are kept per
 * currency and per MRR/ARR: they are never added together.
 */
@ApplicationScoped
public class RevenueAtRisk {

    /**
     * Each session with an impact and the span it is at risk: [opened, closed), closed null while open. Kept up to
     * date in session_risk_span as sessions change (migration V16_2), so a view reads one narrow row per session.
     */
    private static final String SPANS = """
            with spans as (
              select s.session_id, s.project_id, s.impact_currency, s.impact_basis, s.amount, s.opened, s.closed
              from session_risk_span s where true %s)
            """;

    /** After {@link #SPANS}: the sessions at risk at :now. */
    private static final String AT_RISK = """
            , at_risk as (select * from spans where opened <= :now and (closed is null or closed > :now))
            """;

    @Inject
    EntityManager em;

    public record ProjectRisk(long projectId, String projectName, String projectSlug, Money money, long sessions) {
    }

    public record WeekRisk(Instant weekEnd, Money money) {
    }

    /** Now, per project, currency and basis. */
    public List<ProjectRisk> now(ImpactFilter filter, Instant now) {
        Query query = em.createNativeQuery(atRisk(filter) + """
                select p.id, p.name, p.slug, impact_currency, impact_basis, sum(amount), count(*)
                from at_risk join project p on p.id = at_risk.project_id
                group by p.id, p.name, p.slug, impact_currency, impact_basis order by p.name, impact_basis""")
                .setParameter("now", Timestamp.from(now));
        bindProject(query, filter);
        List<ProjectRisk> risks = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            risks.add(new ProjectRisk(((Number) r[0]).longValue(), (String) r[1], (String) r[2], money(r[5], r[3], r[4]),
                    ((Number) r[6]).longValue()));
        }
        return risks;
    }

    /**
     * The figure at the end of each week of the period, oldest first. Every session adds its amount when it
     * opens and takes it away when it closes; the changes are summed per week and run up with a window sum,
     * so the sessions are read once whatever the number of weeks.
     */
    public List<WeekRisk> byWeek(ImpactFilter filter, Instant periodStart, int weeks) {
        Query query = em.createNativeQuery(SPANS.formatted(projectClause(filter)) + """
                , changes as (
                  select impact_currency, impact_basis, opened as at, amount as delta from spans
                  union all
                  select impact_currency, impact_basis, closed, -amount from spans where closed is not null),
                weekly as (
                  select impact_currency, impact_basis,
                         greatest(0, ceil(extract(epoch from at - cast(:start as timestamptz)) / 604800))::int as week,
                         sum(delta) as delta
                  from changes group by 1, 2, 3)
                select impact_currency, impact_basis, week,
                       sum(delta) over (partition by impact_currency, impact_basis order by week)
                from weekly order by 1, 2, 3""").setParameter("start", Timestamp.from(periodStart));
        bindProject(query, filter);
        // Per kind of money: the running total after each week that had a change.
        Map<List<Object>, TreeMap<Integer, Long>> totals = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            totals.computeIfAbsent(List.of(r[0], r[1]), k -> new TreeMap<>())
                    .put(((Number) r[2]).intValue(), ((Number) r[3]).longValue());
        }
        List<WeekRisk> risks = new ArrayList<>();
        totals.forEach((kind, changes) -> {
            for (int week = 1; week <= weeks; week++) {
                Map.Entry<Integer, Long> latest = changes.floorEntry(week);
                if (latest != null && latest.getValue() > 0) {
                    risks.add(new WeekRisk(periodStart.plus(Duration.ofDays(7L * week)),
                            money(latest.getValue(), kind.get(0), kind.get(1))));
                }
            }
        });
        return risks;
    }

    /**
     * The start of a query whose later parts may read {@code at_risk}: the sessions of the filter's project at risk at
     * :now (session_id, project_id, impact_currency, impact_basis, amount, opened, closed). The caller binds :now and
     * the project with {@link #bindProject}.
     */
    public static String atRisk(ImpactFilter filter) {
        return SPANS.formatted(projectClause(filter)) + AT_RISK;
    }

    private static String projectClause(ImpactFilter filter) {
        return filter.projectId() == null ? "" : " and s.project_id = :project";
    }

    public static void bindProject(Query query, ImpactFilter filter) {
        if (filter.projectId() != null) {
            query.setParameter("project", filter.projectId());
        }
    }

    private static Money money(Object amount, Object currency, Object basis) {
        return new Money(((Number) amount).longValue(), (String) currency, ImpactBasis.valueOf((String) basis));
    }
}
