package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

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

    /** Per project and kind of money, the spans with no end (project_risk, migration V16_6). */
    private static final String PROJECT_FROM_SCRATCH = """
            select project_id, coalesce(impact_currency, ''), coalesce(impact_basis, ''), sum(amount), count(*)
            from session_risk_span where closed is null group by 1, 2, 3 order by 1, 2, 3""";
    private static final String PROJECT_KEPT = "select project_id, impact_currency, impact_basis, amount, sessions "
            + "from project_risk where amount <> 0 or sessions <> 0 order by 1, 2, 3";
    /** What was at risk at :at, per project and kind, as the page worked it out from the spans before V16_6. */
    private static final String AT_RISK_FROM_SCRATCH = """
            select p.id, p.name, p.slug, impact_currency, impact_basis, sum(amount), count(*)
            from session_risk_span s join project p on p.id = s.project_id
            where opened <= ?1 and (closed is null or closed > ?1)
            group by p.id, p.name, p.slug, impact_currency, impact_basis order by p.name, impact_basis, impact_currency""";

    @Inject
    RevenueAtRisk revenue;

    static void assertKept(String after) {
        assertEquals(strings(FROM_SCRATCH), strings(KEPT), after);
        assertEquals(strings(PROJECT_FROM_SCRATCH), strings(PROJECT_KEPT), after);
    }

    private static List<String> strings(String sql, Object... parameters) {
        return Uploads.rows(sql, parameters).stream().map(java.util.Arrays::toString).toList();
    }

    /** At moments before, between and after the spans' starts and ends (one a year ahead): the kept figures hold. */
    private void assertAtEveryMoment(String after) {
        for (String at : List.of("2025-09-01T00:00:00Z", "2025-09-06T00:00:00Z", "2025-09-09T23:05:00Z", "2025-09-10T00:00:00Z",
                "2025-09-12T10:00:00Z", "2025-10-01T00:00:00Z", "2026-12-01T00:00:00Z", "2031-01-01T00:00:00Z")) {
            Instant moment = Instant.parse(at);
            List<String> kept = QuarkusTransaction.requiringNew().call(() -> revenue.now(new ImpactFilter(null, 4), moment))
                    .stream().map(r -> java.util.Arrays.toString(new Object[] { r.projectId(), r.projectName(),
                            r.projectSlug(), r.money().currency(), r.money().basis().name(), r.money().amountMinor(),
                            r.sessions() }))
                    .sorted().toList();
            assertEquals(strings(AT_RISK_FROM_SCRATCH, java.sql.Timestamp.from(moment)).stream().sorted().toList(), kept,
                    after + ", at " + at);
        }
        // each week's figure is what was at risk at its end
        Instant start = Instant.parse("2025-09-01T00:00:00Z");
        List<RevenueAtRisk.WeekRisk> weeks = QuarkusTransaction.requiringNew()
                .call(() -> revenue.byWeek(new ImpactFilter(null, 8), start, 8));
        assertFalse(weeks.isEmpty(), after);
        for (RevenueAtRisk.WeekRisk week : weeks) {
            assertEquals(Uploads.number("select sum(amount) from session_risk_span where opened <= ?1 and (closed is null "
                    + "or closed > ?1) and impact_currency = ?2 and impact_basis = ?3", java.sql.Timestamp.from(week.weekEnd()),
                    week.money().currency(), week.money().basis().name()), week.money().amountMinor(),
                    after + ", week ending " + week.weekEnd());
        }
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
        Uploads.execute("update test_session set go_no_go = 'NO_GO' where id = ?1", first);
        assertKept("the first says NO GO: it awaits a decision again");
        Uploads.execute("update test_session set status = 'FAILED' where id = ?1", first);
        assertKept("the first failed: it is finished, nothing to decide");
        assertAtEveryMoment("the first failed");
        assertAtEveryMoment("the first moved to another project");
    }
}
