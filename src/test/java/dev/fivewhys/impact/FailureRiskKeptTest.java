package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.impact.attention.NeedsAttention;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * failure_risk is kept by triggers as failures are seen in sessions and as those sessions' spans move (any writer);
 * after every kind of change it holds what working each failure's figures out from its sessions again gives, and its
 * moment from which they hold is never earlier than a start or end of those sessions' spans.
 */
@QuarkusTest
class FailureRiskKeptTest {

    /** Per failure and kind of money: the sessions at risk with no end, worked out from scratch. */
    private static final String FROM_SCRATCH = """
            select o.failure_id, coalesce(s.impact_currency, ''), coalesce(s.impact_basis, ''), sum(s.amount), count(*)
            from failure_occurrence o join session_risk_span s on s.session_id = o.session_id
            where s.closed is null group by 1, 2, 3 order by 1, 2, 3""";
    private static final String KEPT = "select failure_id, impact_currency, impact_basis, amount, sessions "
            + "from failure_risk where amount <> 0 or sessions <> 0 order by 1, 2, 3";
    /** Failures with a start or end of a span later than the moment their kept figures are said to hold from. */
    private static final String HELD_TOO_EARLY = """
            select o.failure_id from failure_occurrence o join session_risk_span s on s.session_id = o.session_id
            group by o.failure_id
            having max(greatest(s.opened, s.closed)) > coalesce((select max(latest) from failure_risk k
                                                                 where k.failure_id = o.failure_id), '-infinity')""";

    static void assertKept(String after) {
        assertEquals(strings(FROM_SCRATCH), strings(KEPT), after);
        assertEquals(List.of(), strings(HELD_TOO_EARLY), after);
    }

    private static List<String> strings(String sql) {
        return Uploads.rows(sql).stream().map(Arrays::toString).toList();
    }

    @Test
    void everyChangeOfAnOccurrenceOrASessionKeepsTheFiguresOfItsFailuresRight() {
        long a = Fixtures.session("failure-risk", "A").session();
        long b = Fixtures.session("failure-risk", "B").session();
        long c = Fixtures.session("failure-risk", "C").session();
        long f = Fixtures.failure("failure-risk", "failure-risk-f");
        long g = Fixtures.failure("failure-risk", "failure-risk-g");
        ImpactTestRecords.seen(f, a);
        ImpactTestRecords.seen(f, b);
        ImpactTestRecords.seen(g, b);
        assertKept("failures seen in sessions");
        ImpactTestRecords.seen(f, a);
        assertKept("seen again in the same session: counted, nothing else moves");

        Uploads.execute("update test_session set continues_session_id = ?1, started_at = '2025-09-10T08:00:00Z' "
                + "where id = ?2", a, b);
        assertKept("B continues A: A's span ends");
        Uploads.execute("update test_session set impact_currency = 'EUR', impact_basis = 'ARR' where id = ?1", c);
        ImpactTestRecords.seen(g, c);
        assertKept("G seen in a session of another kind of money");
        Uploads.execute("update test_session set status = 'PASSED', ended_at = '2025-09-12T10:00:00Z' where id = ?1", b);
        assertKept("B passed");
        Uploads.execute("update test_session set impact_amount_minor = null where id = ?1", a);
        assertKept("A has no impact any more");
        Uploads.execute("update test_session set impact_amount_minor = 700, status = 'RUNNING' where id = ?1", a);
        Uploads.execute("update test_session set continues_session_id = null where id = ?1", b);
        assertKept("A has an impact again and nothing continues it");
        Uploads.execute("delete from failure_occurrence where failure_id = ?1 and session_id = ?2", f, b);
        assertKept("an occurrence removed");
        Uploads.execute("update failure_occurrence set session_id = ?1 where failure_id = ?2 and session_id = ?3", a, g, c);
        assertKept("an occurrence moved to another session");
        ImpactTestRecords.seen(g, c);
        Uploads.execute("delete from session_phase where session_id = ?1", c);
        Uploads.execute("delete from test_session where id = ?1", c);
        assertKept("a session deleted with its occurrences");
        Uploads.execute("delete from failure where id = ?1", g);
        assertKept("a failure deleted");
        assertEquals(0, Uploads.number("select count(*) from failure_risk where failure_id = ?1", g));
    }

    @Inject
    NeedsAttention attention;

    /**
     * The figures hold as time passes with no write: before a failure's latest session start or end the page works it
     * out from the spans (a session dated years ahead keeps that up until then), from it on it reads what is kept.
     */
    @Test
    void aFailuresRevenueAtRiskFollowsTheClockWithoutAnyWrite() {
        Project project = Fixtures.project("failure-risk-moments");
        Map<String, String> hrefs = QuarkusTransaction.requiringNew().call(() -> {
            Project p = Project.findById(project.id);
            TestSession s1 = ImpactTestRecords.session(p, "S1", "2025-05-01T00:00:00Z", SessionStatus.RUNNING, 1_000_000,
                    "USD", ImpactBasis.MRR);
            TestSession s2 = ImpactTestRecords.session(p, "S2", "2025-05-10T00:00:00Z", SessionStatus.RUNNING, 2_000_000,
                    "USD", ImpactBasis.MRR);
            s2.continues = s1;
            TestSession s3 = ImpactTestRecords.session(p, "S3", "2030-01-01T00:00:00Z", SessionStatus.PLANNED, 3_000_000,
                    "USD", ImpactBasis.MRR);
            Failure f = ImpactTestRecords.failure(p, "f", Severity.HIGH, "2025-01-01T00:00:00Z", FailureStatus.OPEN, s1, s2);
            Failure g = ImpactTestRecords.failure(p, "g", Severity.HIGH, "2025-01-01T00:00:00Z", FailureStatus.OPEN, s3);
            Failure h = ImpactTestRecords.failure(p, "h", Severity.HIGH, "2025-01-01T00:00:00Z", FailureStatus.OPEN, s1);
            return Map.of("/failures/" + f.id, "F", "/failures/" + g.id, "G", "/failures/" + h.id, "H");
        });
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("2025-04-01T00:00:00Z", "F , G , H ");
        expected.put("2025-05-05T00:00:00Z", "F $10,000 MRR, G , H $10,000 MRR");
        // S2 starts: S1 is replaced by it
        expected.put("2025-05-10T00:00:00Z", "F $20,000 MRR, G , H ");
        expected.put("2026-06-01T00:00:00Z", "F $20,000 MRR, G , H ");
        expected.put("2030-06-01T00:00:00Z", "F $20,000 MRR, G $30,000 MRR, H ");
        expected.forEach((now, figures) -> assertEquals(figures,
                ImpactTestRecords.figures(attention.of(new ImpactFilter(project.id, 4), Instant.parse(now)), hrefs).stream()
                        .sorted().collect(Collectors.joining(", ")),
                "at " + now));
    }
}
