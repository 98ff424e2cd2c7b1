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
 * Revenue at risk, from what is kept as sessions change. A session puts its impact at risk from the moment it starts until it
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

    /**
     * What was at risk at a moment, per kind of money and project: what is at risk once every span has started or ended
     * (project_risk, kept as spans change: migration V16_6), less the spans opened after the moment, plus those closed
     * after it. Only spans with a start or end after the moment are read: none for now, those of the period for its start.
     * A span that ends before it starts (continued by a session that started earlier) is never at risk: left out.
     */
    private static final String AT_MOMENT = """
            select project_id, nullif(impact_currency, '') as currency, nullif(impact_basis, '') as basis, amount, sessions,
                   %1$s as week
            from project_risk k where true %2$s
            union all
            select project_id, impact_currency, impact_basis, -amount, -1, %3$s from session_risk_span s
            where s.opened > :at and (s.closed is null or s.closed > s.opened) %4$s
            union all
            select project_id, impact_currency, impact_basis, amount, 1, %5$s from session_risk_span s
            where s.closed > :at and s.closed > s.opened %4$s""";

    /** A week after every week of any period: what is kept counts for all of them. */
    private static final int EVERY_WEEK = Integer.MAX_VALUE;

    /** Per project, currency and basis, at that moment. */
    public List<ProjectRisk> now(ImpactFilter filter, Instant at) {
        Query query = em.createNativeQuery("select p.id, p.name, p.slug, r.currency, r.basis, sum(r.amount), sum(r.sessions) "
                + "from (" + atMoment(filter, "0", "0", "0") + ") r join project p on p.id = r.project_id "
                + "group by p.id, p.name, p.slug, r.currency, r.basis having sum(r.sessions) > 0 order by p.name, r.basis")
                .setParameter("at", Timestamp.from(at));
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
     * The figure at the end of each week of the period, oldest first: at the end of week k, what is kept less the
     * spans opened after it plus those closed after it. The spans starting or ending in the period are summed per week
     * (a change at the end of a week belongs to it), whatever the number of sessions before it.
     */
    public List<WeekRisk> byWeek(ImpactFilter filter, Instant periodStart, int weeks) {
        String week = "greatest(0, ceil(extract(epoch from %s - cast(:at as timestamptz)) / 604800))::int";
        Query query = em.createNativeQuery("select currency, basis, week, sum(amount) from ("
                + atMoment(filter, Integer.toString(EVERY_WEEK), week.formatted("s.opened"), week.formatted("s.closed"))
                + ") r group by 1, 2, 3 order by 1, 2, 3 desc").setParameter("at", Timestamp.from(periodStart));
        bindProject(query, filter);
        // Per kind of money: the changes after each week, the latest first.
        Map<List<Object>, TreeMap<Integer, Long>> totals = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            totals.computeIfAbsent(List.of(r[0], r[1]), k -> new TreeMap<>())
                    .put(((Number) r[2]).intValue(), ((Number) r[3]).longValue());
        }
        List<WeekRisk> risks = new ArrayList<>();
        totals.forEach((kind, changes) -> {
            for (int end = 1; end <= weeks; end++) {
                long atEnd = changes.tailMap(end, false).values().stream().mapToLong(Long::longValue).sum();
                if (atEnd > 0) {
                    risks.add(
                            new WeekRisk(periodStart.plus(Duration.ofDays(7L * end)), money(atEnd, kind.get(0), kind.get(1))));
                }
            }
        });
        return risks;
    }

    private static String atMoment(ImpactFilter filter, String keptWeek, String openedWeek, String closedWeek) {
        return AT_MOMENT.formatted(keptWeek, filter.projectId() == null ? "" : " and k.project_id = :project", openedWeek,
                projectClause(filter), closedWeek);
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
