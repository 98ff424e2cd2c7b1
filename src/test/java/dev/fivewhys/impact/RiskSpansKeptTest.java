package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;

/**
 * session_risk_span is kept by a trigger as sessions change (any writer: forms, API, import, SQL); after every kind of
 * change it holds exactly what working the spans out from the sessions again gives.
 */
@QuarkusTest
class RiskSpansKeptTest {

    /** The spans worked out from scratch, as the impact page did on every view before they were kept. */
    private static final String FROM_SCRATCH = """
            select s.id, s.project_id, s.impact_currency, s.impact_basis, s.impact_amount_minor,
                   coalesce(s.started_at, s.created_at),
                   least(case when s.status = 'PASSED' then coalesce(s.ended_at, s.updated_at) end, n.opened)
            from test_session s
            left join (select continues_session_id, min(coalesce(started_at, created_at)) as opened from test_session
                       where continues_session_id is not null group by continues_session_id) n
              on n.continues_session_id = s.id
            where s.impact_amount_minor is not null order by 1""";
    private static final String KEPT = "select session_id, project_id, impact_currency, impact_basis, amount, opened, "
            + "closed from session_risk_span order by 1";

    private static void assertKept(String after) {
        List<String> expected = Uploads.rows(FROM_SCRATCH).stream().map(java.util.Arrays::toString).toList();
        List<String> kept = Uploads.rows(KEPT).stream().map(java.util.Arrays::toString).toList();
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
    }
}
