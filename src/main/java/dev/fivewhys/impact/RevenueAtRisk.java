package dev.fivewhys.impact;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.core.NamedQuery;
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

    public record ProjectRisk(long projectId, String projectName, String projectSlug, Money money, long sessions) {
    }

    public record WeekRisk(Instant weekEnd, Money money) {
    }

    /**
     * What was at risk at a moment and at the end of each week after it, per project and kind of money, as changes to
     * add up: what is kept once every span has started or ended (project_risk, migration V16_6), less every change after
     * the moment. A span opening adds its amount and one session, closing takes them away; one that ends before it
     * starts is never at risk. The changes are kept summed per UTC day (project_risk_day, V16_15; and per UTC week,
     * {@link #WEEKS}, read instead when the moment starts one): a day is read whole
     * when it ends after the moment's day, and the spans changing in a moment's own day after it one by one
     * ({@link #WITHIN_DAYS}). Each row is tagged with the week whose end comes at or after it (a day's: whole days
     * between two UTC midnights), week 0 being the moment's, not read: the figure at the end of week k is the sum of the rows
     * of the weeks after k. Summed before the
     * project's name is joined: a few rows per project and week out of a row per project and day.
     */
    private static final String CHANGES = """
            with changes as (
              select project_id, impact_currency, impact_basis, amount, sessions, %1$d as week
              from project_risk k where true %2$s
              union all
              %3$s
              %4$s)
            select p.id, p.name, p.slug, nullif(r.impact_currency, ''), nullif(r.impact_basis, ''), r.week, r.amount, r.sessions
            from (select project_id, impact_currency, impact_basis, week, sum(amount) as amount, sum(sessions) as sessions
                  from changes group by 1, 2, 3, 4) r
            join project p on p.id = r.project_id order by p.name, r.impact_basis, p.id, r.impact_currency, r.week""";

    /** {@link #CHANGES}' days: each tagged with the week whose end is at or after its own end. */
    private static final String DAYS = """
            select project_id, impact_currency, impact_basis, -amount, -sessions,
                     (date_part('day', d.until - risk_day_end(:at))::int + 6) / 7
              from project_risk_day d where d.until > risk_day_end(:at)""";

    /**
     * Instead of {@link #DAYS} when the moment is a UTC Monday's midnight (a team in UTC): the weeks kept Monday to
     * Monday (project_risk_week, V16_19), the period's weeks themselves, a row per project and kind each rather than
     * seven.
     */
    private static final String WEEKS = """
            select project_id, impact_currency, impact_basis, -amount, -sessions, date_part('day', d.until - :at)::int / 7
              from project_risk_week d where d.until > :at""";

    /**
     * After {@link #CHANGES}' days: the spans changing after the moment or a week's end within its UTC day. Their day
     * was either not read (the moment's) or counted in the week that ends in it, while they come after its end: they
     * belong to the week after. None when the moment is a UTC midnight (then so is every week's end), so left out then.
     */
    private static final String WITHIN_DAYS = """
            union all
              select c.project_id, coalesce(c.impact_currency, ''), coalesce(c.impact_basis, ''), -w.sign * c.amount,
                     -w.sign * c.sessions, e.k + w.after
              from (select k, cast(:at as timestamptz) + k * interval '604800 seconds' as moment
                    from generate_series(0, :weeks) k) e
              cross join lateral (
                select s.project_id, s.impact_currency, s.impact_basis, s.amount, 1 as sessions from session_risk_span s
                where s.opened > e.moment and s.opened <= risk_day_end(e.moment) and (s.closed is null or s.closed > s.opened) %1$s
                union all
                select s.project_id, s.impact_currency, s.impact_basis, -s.amount, -1 from session_risk_span s
                where s.closed > e.moment and s.closed <= risk_day_end(e.moment) and s.closed > s.opened %1$s) c
              cross join (values (1, 1), (0, -1)) w(after, sign)
              where e.k + w.after > 0""";

    /** Per project and kind at :at, from what is kept and the spans starting or ending after :at. */
    private static final String AT_MOMENT = """
            select p.id, p.name, p.slug, r.currency, r.basis, sum(r.amount), sum(r.sessions) from (
              select project_id, nullif(impact_currency, '') as currency, nullif(impact_basis, '') as basis, amount, sessions
              from project_risk k where true %1$s
              union all
              select project_id, impact_currency, impact_basis, -amount, -1 from session_risk_span s
              where s.opened > :at and (s.closed is null or s.closed > s.opened) %2$s
              union all
              select project_id, impact_currency, impact_basis, amount, 1 from session_risk_span s
              where s.closed > :at and s.closed > s.opened %2$s) r
            join project p on p.id = r.project_id
            group by p.id, p.name, p.slug, r.currency, r.basis having sum(r.sessions) > 0 order by p.name, r.basis""";

    /** A week after every week of any period: what is kept counts for all of them. */
    private static final int EVERY_WEEK = Integer.MAX_VALUE;
    private static final long DAY = Duration.ofDays(1).toSeconds();

    /** A row of {@link #CHANGES}: a project and kind of money's change in a week. */
    private record Change(long projectId, String projectName, String projectSlug, String currency, String basis,
            int week, long amount, long sessions) {
    }

    /** What was at risk at a moment and at the end of each of the weeks after it. */
    public record History(List<ProjectRisk> atStart, List<WeekRisk> weeks) {
    }

    /**
     * Per project, currency and basis, at that moment: what is kept, less the spans opened after it, plus those closed
     * after it, read one by one. For the present that is the few sessions dated ahead, fewer rows and a simpler plan
     * than {@link #history}'s days (planning it took longer than this whole statement).
     */
    public List<ProjectRisk> now(ImpactFilter filter, Instant at) {
        return new NamedQuery(AT_MOMENT.formatted(projectClause("k", filter), projectClause("s", filter))).set("at", at)
                .setIfPresent("project", filter.projectId())
                .list(r -> new ProjectRisk(r.getLong(1), r.getString(2), r.getString(3),
                        money(r.getLong(6), r.getString(4), r.getString(5)), r.getLong(7)));
    }

    /** The figure at the end of each week of the period, per kind of money, oldest first, where something was at risk. */
    public List<WeekRisk> byWeek(ImpactFilter filter, Instant periodStart, int weeks) {
        return history(filter, periodStart, weeks).weeks();
    }

    /**
     * At the period's start per project (what {@link #now} gives at that moment), and at the end of each of its weeks
     * per kind of money (as {@link #byWeek}), in one statement.
     */
    public History history(ImpactFilter filter, Instant periodStart, int weeks) {
        boolean midnight = periodStart.getNano() == 0 && periodStart.getEpochSecond() % DAY == 0;
        boolean monday = midnight && periodStart.atOffset(ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.MONDAY;
        NamedQuery query = new NamedQuery(CHANGES.formatted(EVERY_WEEK, projectClause("k", filter),
                (monday ? WEEKS : DAYS) + projectClause("d", filter),
                midnight ? "" : WITHIN_DAYS.formatted(projectClause("s", filter)))).set("at", periodStart)
                .setIfPresent("project", filter.projectId());
        if (!midnight) {
            query.set("weeks", weeks);
        }
        // per project and kind at the start, in the statement's order; per kind, the changes after each week's end
        Map<List<Object>, long[]> atStart = new LinkedHashMap<>();
        Map<List<Object>, TreeMap<Integer, Long>> changes = new LinkedHashMap<>();
        for (Change c : query.list(r -> new Change(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getInt(6), r.getLong(7), r.getLong(8)))) {
            long[] sums = atStart.computeIfAbsent(
                    Arrays.asList(c.projectId, c.projectName, c.projectSlug, c.currency, c.basis), k -> new long[2]);
            sums[0] += c.amount;
            sums[1] += c.sessions;
            changes.computeIfAbsent(Arrays.asList(c.currency, c.basis), k -> new TreeMap<>()).merge(c.week, c.amount,
                    Long::sum);
        }
        List<ProjectRisk> risks = new ArrayList<>();
        atStart.forEach((key, sums) -> {
            if (sums[1] > 0) {
                risks.add(new ProjectRisk(((Number) key.get(0)).longValue(), (String) key.get(1), (String) key.get(2),
                        money(sums[0], key.get(3), key.get(4)), sums[1]));
            }
        });
        List<WeekRisk> byWeek = new ArrayList<>();
        changes.forEach((kind, after) -> {
            for (int end = 1; end <= weeks; end++) {
                long atEnd = after.tailMap(end, false).values().stream().mapToLong(Long::longValue).sum();
                if (atEnd > 0) {
                    byWeek.add(
                            new WeekRisk(periodStart.plus(Duration.ofDays(7L * end)), money(atEnd, kind.get(0), kind.get(1))));
                }
            }
        });
        return new History(risks, byWeek);
    }

    /**
     * The start of a query whose later parts may read {@code at_risk}: the sessions of the filter's project at risk at
     * :now (session_id, project_id, impact_currency, impact_basis, amount, opened, closed). The caller binds :now, and
     * :project when the filter names one.
     */
    public static String atRisk(ImpactFilter filter) {
        return SPANS.formatted(projectClause("s", filter)) + AT_RISK;
    }

    private static String projectClause(String table, ImpactFilter filter) {
        return filter.projectId() == null ? "" : " and " + table + ".project_id = :project";
    }

    private static Money money(long amount, Object currency, Object basis) {
        return new Money(amount, (String) currency, ImpactBasis.valueOf((String) basis));
    }
}
