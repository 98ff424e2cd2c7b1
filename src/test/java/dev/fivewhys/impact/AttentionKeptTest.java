package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;

/**
 * failure_attention and analysis_attention are kept by triggers as failures, their events, analyses, fixes, failures'
 * occurrences and sessions change (any writer); after every kind of change they hold what the "Needs attention" lists
 * of failures without analysis, failures that came back and analyses without fix worked out on every view before they
 * were kept (V16_17).
 */
@QuarkusTest
class AttentionKeptTest {

    /** Each list's failures and since when they wait, as the lists' own queries chose them before V16_17. */
    private static final String FAILURES_FROM_SCRATCH = """
            select * from (
              select f.id, 'NO_ANALYSIS' as waits, f.project_id, f.first_seen_at from failure f
              where f.status <> 'RESOLVED' and not exists (select 1 from analysis a where a.failure_id = f.id)
              union all
              select f.id, 'CAME_BACK', f.project_id, coalesce(back.at, f.last_seen_at) from failure f
              left join lateral (select max(e.occurred_at) as at from failure_event e
                                 where e.failure_id = f.id and %s) back on true
              where f.recurring and f.status <> 'RESOLVED') f order by 1, 2""".formatted(FailureFigures.CAME_BACK);
    private static final String FAILURES_KEPT = "select failure_id, waits, project_id, since from failure_attention order by 1, 2";
    private static final String ANALYSES_FROM_SCRATCH = """
            select a.id, a.project_id, coalesce(a.completed_at, a.updated_at) from analysis a
            where a.status = 'COMPLETE' and not exists (select 1 from fix x where x.analysis_id = a.id) order by 1""";
    private static final String ANALYSES_KEPT = "select analysis_id, project_id, since from analysis_attention order by 1";

    /** The sessions with no end among {@code sessions}, summed per kind of money, ARR as a twelfth. */
    private static final String RANK = """
            coalesce((select sum(case basis when 'ARR' then amount / 12.0 else amount end) from (
                        select s.impact_currency, s.impact_basis as basis, sum(s.amount) as amount
                        from session_risk_span s where s.closed is null and s.session_id in (%s)
                        group by 1, 2) r), 0)""";
    private static final String FAILURE_SESSIONS = "select o.session_id from failure_occurrence o where o.failure_id = %s";
    private static final String ANALYSIS_SESSIONS = FAILURE_SESSIONS.formatted("a.failure_id") + " union select a.session_id";
    private static final String FAILURE_RANKS_FROM_SCRATCH = "select k.failure_id, k.waits, "
            + RANK.formatted(FAILURE_SESSIONS.formatted("k.failure_id")) + " from failure_attention k order by 1, 2";
    private static final String FAILURE_RANKS_KEPT = "select failure_id, waits, rank from failure_attention order by 1, 2";
    private static final String ANALYSIS_RANKS_FROM_SCRATCH = "select k.analysis_id, " + RANK.formatted(ANALYSIS_SESSIONS)
            + " from analysis_attention k join analysis a on a.id = k.analysis_id order by 1";
    private static final String ANALYSIS_RANKS_KEPT = "select analysis_id, rank from analysis_attention order by 1";
    /** Items with a start or end of a span they touch later than the moment their rank is said to hold from. */
    private static final String HELD_TOO_EARLY = """
            select k.failure_id from failure_attention k join failure_occurrence o on o.failure_id = k.failure_id
            join session_risk_span s on s.session_id = o.session_id
            group by k.failure_id, k.latest having max(greatest(s.opened, s.closed)) > k.latest
            union all
            select k.analysis_id from analysis_attention k join analysis a on a.id = k.analysis_id
            join session_risk_span s on s.session_id in (%s)
            group by k.analysis_id, k.latest having max(greatest(s.opened, s.closed)) > k.latest"""
            .formatted(ANALYSIS_SESSIONS);

    static void assertKept(String after) {
        assertEquals(strings(FAILURES_FROM_SCRATCH), strings(FAILURES_KEPT), after);
        assertEquals(strings(ANALYSES_FROM_SCRATCH), strings(ANALYSES_KEPT), after);
        // numeric as text: the same sums give the same digits
        assertEquals(strings(FAILURE_RANKS_FROM_SCRATCH), strings(FAILURE_RANKS_KEPT), after);
        assertEquals(strings(ANALYSIS_RANKS_FROM_SCRATCH), strings(ANALYSIS_RANKS_KEPT), after);
        assertEquals(List.of(), strings(HELD_TOO_EARLY), after);
    }

    private static List<String> strings(String sql) {
        return Uploads.rows(sql).stream().map(Arrays::toString).toList();
    }

    static long reopened(long failure, Long session, String at) {
        return Uploads.number("insert into failure_event (id, failure_id, occurred_at, kind, note, actor, session_id) "
                + "values (nextval('failure_event_seq'), ?1, cast(?2 as timestamptz), 'REOPENED', 'back', 'test', "
                + session + ") returning id", failure, at);
    }

    /**
     * An upload meeting thousands of failures for the first time, or a change to as many in one statement, keeps them
     * in one transaction: a lock per failure from PostgreSQL's shared lock table (64 per connection by default, shared
     * by all) would run out of shared memory there, and the upload would fail.
     */
    @Test
    void thousandsOfFailuresChangedInOneTransactionAreAllKept() {
        long project = Fixtures.project("attention-many").id;
        int many = 15_000;
        Uploads.execute("""
                insert into failure (id, project_id, signature_hash, signature, first_seen_at, last_seen_at)
                select nextval('failure_seq'), ?1, md5('attention-many ' || g), 'attention-many ' || g, now(), now()
                from generate_series(1, ?2) g""", project, many);
        assertEquals(many, Uploads.number("select count(*) from failure_attention where project_id = ?1", project));
        Uploads.execute("update failure set status = 'RESOLVED' where project_id = ?1", project);
        assertEquals(0, Uploads.number("select count(*) from failure_attention where project_id = ?1", project));
    }

    @Test
    void everyChangeOfAFailureItsEventsItsAnalysesTheirFixesOrItsSessionsKeepsItsStandingRight() {
        long project = Fixtures.project("attention-kept").id;
        long a = Fixtures.session("attention-kept", "A").session();
        long b = Fixtures.session("attention-kept", "B").session();
        long c = Fixtures.session("attention-kept", "C").session();
        long f = Fixtures.failure("attention-kept", "attention-kept-f");
        long g = Fixtures.failure("attention-kept", "attention-kept-g");
        long h = Fixtures.failure("attention-kept", "attention-kept-h");
        assertKept("failures recorded, seen nowhere");
        ImpactTestRecords.seen(f, a);
        ImpactTestRecords.seen(f, b);
        ImpactTestRecords.seen(g, b);
        assertKept("failures seen in sessions");

        Uploads.execute("update failure set status = 'RESOLVED' where id = ?1", h);
        assertKept("a failure resolved");
        Uploads.execute("update failure set status = 'OPEN', recurring = true where id = ?1", h);
        assertKept("it came back, with no event");
        long back = reopened(h, c, "2025-09-12T00:00:00Z");
        reopened(h, null, "2025-09-14T00:00:00Z");
        assertKept("it came back in a session, and once on GitHub (no session)");
        Uploads.execute("update failure set last_seen_at = '2025-09-20T00:00:00Z' where id = ?1", h);
        Uploads.execute("update failure set last_seen_at = '2025-09-21T00:00:00Z', recurring = true where id = ?1", g);
        assertKept("seen again: a failure that came back without an event waits since then");
        Uploads.execute("update failure_event set occurred_at = '2025-09-13T00:00:00Z' where id = ?1", back);
        assertKept("when it came back changed");
        Uploads.execute("update failure_event set failure_id = ?1 where id = ?2", g, back);
        assertKept("the event moved to another failure");
        Uploads.execute("update failure_event set session_id = null where id = ?1", back);
        assertKept("the event names no session any more");
        Uploads.execute("update failure_event set session_id = ?1 where id = ?2", a, back);
        Uploads.execute("delete from failure_event where id = ?1", back);
        assertKept("the event removed");
        Uploads.execute("update failure set first_seen_at = '2025-08-01T00:00:00Z' where id = ?1", f);
        assertKept("first seen earlier");

        long onF = FixAttentionKeptTest.analysis(project, f, c);
        assertKept("an analysis of f, started from C");
        long onC = FixAttentionKeptTest.analysis(project, null, c);
        assertKept("an analysis of a session alone");
        Uploads.execute("update analysis set status = 'DRAFT' where id = ?1", onC);
        assertKept("an analysis back to draft");
        Uploads.execute("update analysis set status = 'COMPLETE', completed_at = '2025-09-15T00:00:00Z' where id = ?1", onC);
        assertKept("completed again, later");
        Uploads.execute("update analysis set completed_at = null, updated_at = '2025-09-16T00:00:00Z' where id = ?1", onC);
        assertKept("no moment of completion: since it was updated");
        ImpactTestRecords.seen(f, c);
        assertKept("f seen in the session its analysis was started from: counted once");
        Uploads.execute("update analysis set failure_id = ?1 where id = ?2", g, onF);
        assertKept("an analysis moved to another failure");
        Uploads.execute("update analysis set session_id = ?1 where id = ?2", a, onF);
        assertKept("an analysis moved to another session");
        Uploads.execute("update analysis set project_id = (select min(id) from project) where id = ?1", onC);
        Uploads.execute("update failure set project_id = (select min(id) from project) where id = ?1", h);
        assertKept("an analysis and a failure moved to another project");

        long x = FixAttentionKeptTest.fix(onF, "PROPOSED", "2025-09-10T00:00:00Z");
        assertKept("a fix recorded");
        Uploads.execute("update fix set analysis_id = ?1 where id = ?2", onC, x);
        assertKept("the fix moved to another analysis");
        Uploads.execute("delete from fix where id = ?1", x);
        assertKept("the fix removed");

        ImpactTestRecords.moveOccurrencesAndSpans(f, g, a, b, c, AttentionKeptTest::assertKept);
        Uploads.execute("update test_session set impact_amount_minor = null where id = ?1", a);
        assertKept("A, which an analysis was started from, has no impact any more");
        Uploads.execute("update test_session set impact_amount_minor = 900, started_at = '2031-01-01T00:00:00Z' where id = ?1",
                a);
        assertKept("A has an impact again and starts years ahead");

        ImpactTestRecords.seenInANewSessionThenDeleted("attention-kept", g, AttentionKeptTest::assertKept);

        Uploads.execute("delete from analysis where id = ?1", onF);
        assertKept("an analysis deleted: its failure has none");
        Uploads.execute("delete from failure_event where failure_id = ?1", h);
        Uploads.execute("delete from failure where id = ?1", h);
        assertKept("a failure deleted");
        assertEquals(0, Uploads.number("select count(*) from failure_attention where failure_id = ?1", h));
    }
}
