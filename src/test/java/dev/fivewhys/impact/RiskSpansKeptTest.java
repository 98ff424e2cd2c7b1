package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fivewhys.core.SqlValues;
import dev.fivewhys.impact.attention.AwaitingDecisionCount;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * session_risk_span is kept by a trigger as sessions change (any writer: forms, API, import, SQL), and project_risk from
 * it; after every kind of change they hold exactly what working them out from the sessions again gives, and the revenue
 * at risk read from them at any moment is what the spans give at that moment.
 */
@QuarkusTest
class RiskSpansKeptTest {

    /** The spans worked out from scratch, as the impact page did on every view before they were kept. */
    private static final String FROM_SCRATCH = """
            select s.id, s.project_id, s.impact_currency, s.impact_basis, s.impact_amount_minor,
                   coalesce(s.started_at, s.created_at),
                   least(case when s.status = 'PASSED' then coalesce(s.ended_at, s.updated_at) end, n.opened),
                   s.status in ('PLANNED', 'RUNNING', 'BLOCKED') and coalesce(s.go_no_go, 'NO_GO') = 'NO_GO'
            from test_session s
            left join (select continues_session_id, min(coalesce(started_at, created_at)) as opened from test_session
                       where continues_session_id is not null group by continues_session_id) n
              on n.continues_session_id = s.id
            where s.impact_amount_minor is not null order by 1""";
    private static final String KEPT = "select session_id, project_id, impact_currency, impact_basis, amount, opened, "
            + "closed, awaiting_decision from session_risk_span order by 1";

    /**
     * Per project and kind of money, the spans with no end (project_risk, migration V16_6) and how many of them await
     * a decision (V16_18).
     */
    private static final String PROJECT_FROM_SCRATCH = """
            select project_id, coalesce(impact_currency, ''), coalesce(impact_basis, ''), sum(amount), count(*),
                   count(*) filter (where awaiting_decision)
            from session_risk_span where closed is null group by 1, 2, 3 order by 1, 2, 3""";
    private static final String PROJECT_KEPT = "select project_id, impact_currency, impact_basis, amount, sessions, "
            + "awaiting from project_risk where amount <> 0 or sessions <> 0 or awaiting <> 0 order by 1, 2, 3";
    /** The sessions awaiting a decision and at risk at :at, as "Needs attention" counted them before V16_18. */
    private static final String AWAITING_FROM_SCRATCH = """
            select count(*) from session_risk_span where awaiting_decision and opened <= ?1
              and (closed is null or closed > ?1) and (?2 = 0 or project_id = ?2)""";
    /**
     * Per UTC day (its end), project and kind of money, what the spans change (project_risk_day, migration V16_15): an
     * opening adds, a closing after it takes away; a span ending before it starts changes nothing.
     */
    private static final String DAYS_FROM_SCRATCH = """
            select to_timestamp(ceil(extract(epoch from at) / 86400) * 86400), project_id, coalesce(impact_currency, ''),
                   coalesce(impact_basis, ''), sum(amount), sum(sessions)
            from (select opened as at, project_id, impact_currency, impact_basis, amount, 1 as sessions
                  from session_risk_span where closed is null or closed > opened
                  union all
                  select closed, project_id, impact_currency, impact_basis, -amount, -1
                  from session_risk_span where closed > opened) c
            group by 1, 2, 3, 4 having sum(amount) <> 0 or sum(sessions) <> 0 order by 1, 2, 3, 4""";
    private static final String DAYS_KEPT = "select until, project_id, impact_currency, impact_basis, amount, sessions "
            + "from project_risk_day where amount <> 0 or sessions <> 0 order by 1, 2, 3, 4";
    /** The days summed per UTC week, Monday to Monday (its end; project_risk_week, migration V16_19). */
    private static final String WEEKS_FROM_SCRATCH = """
            select date_trunc('week', d.until at time zone 'UTC' - interval '1 microsecond') + interval '7 days', d.project_id,
                   d.impact_currency, d.impact_basis, sum(d.amount), sum(d.sessions)
            from project_risk_day d group by 1, 2, 3, 4 having sum(d.amount) <> 0 or sum(d.sessions) <> 0 order by 1, 2, 3, 4""";
    private static final String WEEKS_KEPT = "select until at time zone 'UTC', project_id, impact_currency, impact_basis, "
            + "amount, sessions from project_risk_week where amount <> 0 or sessions <> 0 order by 1, 2, 3, 4";
    /** What was at risk at :at, per project and kind, as the page worked it out from the spans before V16_6. */
    private static final String AT_RISK_FROM_SCRATCH = """
            select p.id, p.name, p.slug, impact_currency, impact_basis, sum(amount), count(*)
            from session_risk_span s join project p on p.id = s.project_id
            where opened <= ?1 and (closed is null or closed > ?1) and (?2 = 0 or project_id = ?2)
            group by p.id, p.name, p.slug, impact_currency, impact_basis order by p.name, impact_basis, impact_currency""";

    @Inject
    RevenueAtRisk revenue;

    static void assertKept(String after) {
        assertEquals(strings(FROM_SCRATCH), strings(KEPT), after);
        assertEquals(strings(PROJECT_FROM_SCRATCH), strings(PROJECT_KEPT), after);
        assertEquals(strings(DAYS_FROM_SCRATCH), strings(DAYS_KEPT), after);
        assertEquals(strings(WEEKS_FROM_SCRATCH), strings(WEEKS_KEPT), after);
    }

    private static List<String> strings(String sql, Object... parameters) {
        return Uploads.rows(sql, parameters).stream().map(java.util.Arrays::toString).toList();
    }

    /**
     * At moments before, between, at and just before the spans' starts and ends, at midnight and within a day (one a
     * year ahead), for every project and for one: the kept figures hold. So does each week's figure, from periods
     * starting at a UTC midnight and within a day (a team whose zone is not UTC).
     */
    private void assertAtEveryMoment(String after) {
        for (long project : List.of(0L, Uploads.number("select min(project_id) from session_risk_span"))) {
            ImpactFilter filter = new ImpactFilter(project == 0 ? null : project, 4);
            for (String at : List.of("2025-09-01T00:00:00Z", "2025-09-04T23:59:59Z", "2025-09-05T00:00:00Z",
                    "2025-09-06T00:00:00Z", "2025-09-09T23:05:00Z", "2025-09-09T23:29:59Z", "2025-09-10T00:00:00Z",
                    "2025-09-10T07:59:59.999999Z", "2025-09-10T08:00:00Z", "2025-09-08T00:00:00Z", "2025-09-15T00:00:00Z",
                    "2025-09-12T10:00:00Z", "2025-10-01T00:00:00Z",
                    "2026-12-01T00:00:00Z", "2031-01-01T00:00:00Z")) {
                assertAtMoment(filter, Instant.parse(at), after + ", at " + at + ", project " + project);
            }
            assertAtMoment(filter, Instant.now(), after + ", now, project " + project);
            for (String start : List.of("2025-09-01T00:00:00Z", "2025-09-08T00:00:00Z", "2025-08-31T22:00:00Z",
                    "2025-09-03T07:00:00Z",
                    "2025-09-05T09:00:00Z")) {
                assertEveryWeek(filter, Instant.parse(start), after + ", weeks from " + start + ", project " + project);
            }
        }
    }

    /**
     * From the spans changing after the moment ({@link RevenueAtRisk#now}) and from the days ({@link RevenueAtRisk#history}).
     */
    private void assertAtMoment(ImpactFilter filter, Instant moment, String after) {
        long project = filter.projectId() == null ? 0 : filter.projectId();
        List<String> fromScratch = strings(AT_RISK_FROM_SCRATCH, Timestamp.from(moment), project).stream().sorted().toList();
        assertEquals(fromScratch, strings(QuarkusTransaction.requiringNew().call(() -> revenue.now(filter, moment))), after);
        assertEquals(fromScratch,
                strings(QuarkusTransaction.requiringNew().call(() -> revenue.history(filter, moment, 2).atStart())),
                after + ", from the days");
        assertEquals(Uploads.number(AWAITING_FROM_SCRATCH, Timestamp.from(moment), project),
                AwaitingDecisionCount.at(filter, moment), after + ", sessions awaiting a decision");
    }

    private static List<String> strings(List<RevenueAtRisk.ProjectRisk> risks) {
        return risks.stream().map(r -> java.util.Arrays.toString(new Object[] { r.projectId(), r.projectName(),
                r.projectSlug(), r.money().currency(), r.money().basis().name(), r.money().amountMinor(), r.sessions() }))
                .sorted().toList();
    }

    /** Each week's figure is what was at risk at its end, for every kind of money with something at risk then. */
    private void assertEveryWeek(ImpactFilter filter, Instant start, String after) {
        List<String> kept = QuarkusTransaction.requiringNew().call(() -> revenue.byWeek(filter, start, 8)).stream()
                .map(w -> w.weekEnd() + " " + w.money().currency() + " " + w.money().basis() + " " + w.money().amountMinor())
                .sorted().toList();
        long project = filter.projectId() == null ? 0 : filter.projectId();
        List<String> expected = Uploads.rows("""
                select e.at, s.impact_currency, s.impact_basis, sum(s.amount)
                from (select cast(?1 as timestamptz) + k * interval '604800 seconds' as at from generate_series(1, 8) k) e
                join session_risk_span s on s.opened <= e.at and (s.closed is null or s.closed > e.at)
                where ?2 = 0 or s.project_id = ?2
                group by 1, 2, 3 having sum(s.amount) > 0""", Timestamp.from(start), project).stream()
                .map(r -> SqlValues.instant(r[0]) + " " + r[1] + " " + r[2] + " " + r[3]).sorted().toList();
        assertEquals(expected, kept, after);
    }

    @Test
    void everyChangeOfASessionKeepsItsSpanAndItsPredecessorsRight() {
        long first = Fixtures.session("spans", "First").session();
        long second = Fixtures.session("spans", "Second").session();
        long third = Fixtures.session("spans", "Third").session();
        assertKept("sessions created");

        Uploads.execute("update test_session set continues_session_id = ?1, started_at = '2025-09-10T08:00:00Z' "
                + "where id = ?2", first, second);
        assertKept("the second continues the first: the first closes when the second starts");
        Uploads.execute("update test_session set started_at = '2025-09-09T23:30:00Z' where id = ?1", second);
        assertKept("the continuation starts earlier");
        assertAtEveryMoment("the continuation starts earlier");
        Uploads.execute("update test_session set continues_session_id = ?1 where id = ?2", third, second);
        assertKept("the second continues the third instead: the first is open again");
        Uploads.execute("update test_session set status = 'PASSED', ended_at = '2025-09-12T10:00:00Z' where id = ?1",
                third);
        assertKept("the third passed");
        Uploads.execute("update test_session set impact_amount_minor = null where id = ?1", first);
        assertKept("the first has no impact any more");
        Uploads.execute("update test_session set impact_amount_minor = 500, impact_basis = 'ARR' where id = ?1", first);
        assertKept("the first has an impact again");
        Uploads.execute("delete from session_phase where session_id = ?1", second);
        Uploads.execute("delete from test_session where id = ?1", second);
        assertKept("the continuation was deleted: the third is closed by its pass alone");
        assertAtEveryMoment("the continuation was deleted");
        Uploads.execute("update test_session set started_at = '2026-06-01T00:00:00Z', ended_at = null, status = 'PLANNED' "
                + "where id = ?1",
                third);
        assertKept("the third moved a year ahead");
        assertAtEveryMoment("the third moved a year ahead");
        Fixtures.session("spans", "Fourth");
        Uploads.execute("update test_session set continues_session_id = ?1, started_at = '2025-09-05T00:00:00Z' "
                + "where id = ?2", third, first);
        assertKept("the first continues the third and started before it: the third is never at risk");
        assertAtEveryMoment("the first continues the third and started before it");
        Uploads.execute("update test_session set project_id = (select min(id) from project) where id = ?1", first);
        assertKept("the first moved to another project");

        Uploads.execute("update test_session set go_no_go = 'CONDITIONAL_GO' where id = ?1", first);
        assertKept("the first is cleared: it no longer awaits a decision");
        assertAtEveryMoment("the first is cleared");
        Uploads.execute("update test_session set go_no_go = 'NO_GO' where id = ?1", first);
        assertKept("the first says NO GO: it awaits a decision again");
        Uploads.execute("update test_session set status = 'FAILED' where id = ?1", first);
        assertKept("the first failed: it is finished, nothing to decide");
        assertAtEveryMoment("the first failed");
        assertAtEveryMoment("the first moved to another project");
    }
}
