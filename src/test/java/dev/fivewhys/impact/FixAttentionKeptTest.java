package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.FixStatus;
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
 * fix_attention is kept by triggers as fixes, their audits and validations, their analyses, their failures' occurrences
 * and their sessions change (any writer); after every kind of change it holds what the "Needs attention" lists of NO GO
 * fixes and of fixes ready but not deployed worked out on every view before it was kept.
 */
@QuarkusTest
class FixAttentionKeptTest {

    /** Each list's fixes and since when they wait, as the two lists' own queries chose them before V16_10. */
    private static final String FROM_SCRATCH = """
            select * from (
              select x.id, a.project_id, 'NO_GO', x.recorded_at from fix x join analysis a on a.id = x.analysis_id
              %1$s where x.status <> 'VERIFIED' and not coalesce(%2$s, false)
              union all
              select x.id, a.project_id, 'DEPLOY', greatest(au.recorded_at, sv.recorded_at)
              from fix x join analysis a on a.id = x.analysis_id
              %1$s where x.status in ('PROPOSED', 'MERGED') and %2$s) f order by 1"""
            .formatted(FixDecisions.LATEST_VERDICTS, FixDecisions.READY);
    /**
     * Each waiting fix's rank once every span has started or ended: the sessions with no end among those its failure was
     * seen in and the one its analysis was started from, summed per kind of money, ARR as a twelfth.
     */
    private static final String RANK_FROM_SCRATCH = """
            select k.fix_id, coalesce((select sum(case basis when 'ARR' then amount / 12.0 else amount end) from (
                       select s.impact_currency, s.impact_basis as basis, sum(s.amount) as amount
                       from session_risk_span s
                       where s.closed is null and s.session_id in (
                         select o.session_id from failure_occurrence o where o.failure_id = a.failure_id
                         union select a.session_id)
                       group by 1, 2) r), 0)
            from fix_attention k join fix x on x.id = k.fix_id join analysis a on a.id = x.analysis_id order by 1""";
    private static final String KEPT = "select fix_id, project_id, waits, since from fix_attention order by 1";
    private static final String RANK_KEPT = "select fix_id, rank from fix_attention order by 1";
    /** Waiting fixes with a start or end of a span they touch later than the moment their rank is said to hold from. */
    private static final String HELD_TOO_EARLY = """
            select k.fix_id from fix_attention k join fix x on x.id = k.fix_id join analysis a on a.id = x.analysis_id
            join session_risk_span s on s.session_id in (
              select o.session_id from failure_occurrence o where o.failure_id = a.failure_id union select a.session_id)
            group by k.fix_id, k.latest having max(greatest(s.opened, s.closed)) > k.latest""";

    static void assertKept(String after) {
        assertEquals(strings(FROM_SCRATCH), strings(KEPT), after);
        // numeric as text: the same sums give the same digits
        assertEquals(strings(RANK_FROM_SCRATCH), strings(RANK_KEPT), after);
        assertEquals(List.of(), strings(HELD_TOO_EARLY), after);
    }

    private static List<String> strings(String sql) {
        return Uploads.rows(sql).stream().map(Arrays::toString).toList();
    }

    static long analysis(long project, Long failure, Long session) {
        // each of failure and session may be missing: written as literals, a null parameter would have no type
        return Uploads.number("insert into analysis (id, project_id, failure_id, session_id, status, created_at, updated_at) "
                + "values (nextval('analysis_seq'), ?1, " + failure + ", " + session
                + ", 'COMPLETE', now(), now()) returning id",
                project);
    }

    static long fix(long analysis, String status, String recorded) {
        return Uploads.number("insert into fix (id, analysis_id, summary, status, recorded_at, updated_at) values "
                + "(nextval('fix_seq'), ?1, 'a fix', ?2, cast(?3 as timestamptz), now()) returning id", analysis, status,
                recorded);
    }

    static long audit(long fix, String recommendation, String at) {
        return Uploads.number("insert into compliance_audit (id, fix_id, kind, recommendation, recorded_at, updated_at) "
                + "values (nextval('compliance_audit_seq'), ?1, 'SSOT', ?2, cast(?3 as timestamptz), now()) returning id", fix,
                recommendation, at);
    }

    static long validation(long fix, String readiness, String at) {
        return Uploads.number("insert into stability_validation (id, fix_id, risk_level, readiness, recorded_at, updated_at) "
                + "values (nextval('stability_validation_seq'), ?1, 'LOW', ?2, cast(?3 as timestamptz), now()) returning id",
                fix, readiness, at);
    }

    @Test
    void everyChangeOfAFixItsVerdictsItsAnalysisItsFailureOrItsSessionsKeepsItsStandingRight() {
        long project = Fixtures.project("fix-attention").id;
        long a = Fixtures.session("fix-attention", "A").session();
        long b = Fixtures.session("fix-attention", "B").session();
        long c = Fixtures.session("fix-attention", "C").session();
        long f = Fixtures.failure("fix-attention", "fix-attention-f");
        long g = Fixtures.failure("fix-attention", "fix-attention-g");
        ImpactTestRecords.seen(f, a);
        ImpactTestRecords.seen(f, b);
        ImpactTestRecords.seen(g, b);
        long onF = analysis(project, f, c);
        long onA = analysis(project, null, a);
        long onG = analysis(project, g, null);
        long x1 = fix(onF, "PROPOSED", "2025-09-10T00:00:00Z");
        long x2 = fix(onA, "MERGED", "2025-09-11T00:00:00Z");
        long x3 = fix(onG, "DEPLOYED", "2025-09-12T00:00:00Z");
        long x4 = fix(onF, "VERIFIED", "2025-09-13T00:00:00Z");
        fix(onG, "PROPOSED", "2025-09-09T00:00:00Z");
        assertKept("fixes recorded, none audited");

        ImpactTestRecords.seen(f, c);
        assertKept("the failure seen in the session its analysis was started from: counted once");
        ImpactTestRecords.moveOccurrencesAndSpans(f, g, a, b, c, FixAttentionKeptTest::assertKept);
        Uploads.execute("update test_session set impact_amount_minor = null where id = ?1", b);
        assertKept("B has no impact any more");
        Uploads.execute("update test_session set impact_amount_minor = 900, started_at = '2031-01-01T00:00:00Z' where id = ?1",
                b);
        assertKept("B has an impact again and starts years ahead");
        Uploads.execute("update test_session set impact_amount_minor = null where id = ?1", a);
        assertKept("A, which an analysis was started from, has no impact any more");
        Uploads.execute("update test_session set impact_amount_minor = 700 where id = ?1", a);
        assertKept("A has an impact again");

        audit(x1, "APPROVED", "2025-09-14T00:00:00Z");
        assertKept("an audit alone clears nothing");
        long go = validation(x1, "GO", "2025-09-15T00:00:00Z");
        assertKept("approved and GO: ready to deploy, since the validation");
        long rejected = audit(x1, "REJECTED", "2025-09-16T00:00:00Z");
        assertKept("a newer audit rejects it: NO GO again");
        Uploads.execute("update compliance_audit set recorded_at = '2025-09-13T00:00:00Z' where id = ?1", rejected);
        assertKept("the rejection is older than the approval after all");
        Uploads.execute("update compliance_audit set recommendation = 'REJECTED' where recommendation = 'APPROVED' and "
                + "fix_id = ?1", x1);
        assertKept("an audit's recommendation changed");
        Uploads.execute("update compliance_audit set recommendation = 'APPROVED_WITH_CONDITIONS' where fix_id = ?1", x1);
        assertKept("both approved with conditions");
        Uploads.execute("update stability_validation set readiness = 'CONDITIONAL_GO', recorded_at = '2025-09-17T00:00:00Z' "
                + "where id = ?1", go);
        assertKept("the validation changed and is later");
        Uploads.execute("update stability_validation set readiness = 'NO_GO' where id = ?1", go);
        assertKept("the validation says NO GO");
        Uploads.execute("update stability_validation set readiness = 'GO' where id = ?1", go);
        Uploads.execute("update stability_validation set fix_id = ?1 where id = ?2", x3, go);
        assertKept("the validation moved to another fix");
        Uploads.execute("update compliance_audit set fix_id = ?1 where fix_id = ?2", x3, x1);
        assertKept("the audits moved too: the deployed fix is cleared, so in neither list");
        validation(x2, "NO_GO", "2025-09-18T00:00:00Z");
        audit(x2, "APPROVED", "2025-09-18T00:00:00Z");
        validation(x2, "GO", "2025-09-19T00:00:00Z");
        assertKept("the merged fix is cleared");
        Uploads.execute("delete from stability_validation where fix_id = ?1 and readiness = 'GO'", x2);
        assertKept("its GO removed: its NO GO is the latest again");
        Uploads.execute("delete from compliance_audit where fix_id = ?1", x2);
        assertKept("its audit removed");

        Uploads.execute("update fix set status = 'DEPLOYED' where id = ?1", x1);
        assertKept("a fix deployed, not cleared: still NO GO");
        Uploads.execute("update fix set status = 'VERIFIED' where id = ?1", x1);
        assertKept("a fix verified");
        Uploads.execute("update fix set status = 'MERGED' where id = ?1", x3);
        assertKept("a cleared fix back to merged: ready to deploy");
        Uploads.execute("update fix set status = 'MERGED', recorded_at = '2025-09-01T00:00:00Z' where id = ?1", x4);
        assertKept("a verified fix is not any more, and was recorded earlier");
        Uploads.execute("update fix set analysis_id = ?1 where id = ?2", onA, x4);
        assertKept("a fix moved to another analysis");

        Uploads.execute("update analysis set failure_id = ?1, session_id = ?2 where id = ?3", g, b, onF);
        assertKept("an analysis moved to another failure and session");
        Uploads.execute("update analysis set failure_id = ?1 where id = ?2", f, onA);
        assertKept("an analysis of a session gets a failure");
        Uploads.execute("update analysis set failure_id = null where id = ?1", onF);
        assertKept("an analysis of a session alone");
        Uploads.execute("update analysis set project_id = (select min(id) from project) where id = ?1", onA);
        assertKept("an analysis moved to another project");

        ImpactTestRecords.seenInANewSessionThenDeleted("fix-attention", g, FixAttentionKeptTest::assertKept);

        Uploads.execute("delete from fix where id = ?1", x2);
        assertKept("a fix deleted with its verdicts");
        Uploads.execute("delete from analysis where id = ?1", onG);
        assertKept("an analysis deleted with its fixes");
        assertEquals(0, Uploads.number("select count(*) from fix_attention where fix_id in (?1, ?2)", x2, x3));
    }

    @Inject
    NeedsAttention attention;

    /**
     * A fix's rank holds as time passes with no write: before the latest start or end of the spans it touches the page
     * works it out from the spans, from then on it reads what is kept.
     */
    @Test
    void aFixsRevenueAtRiskFollowsTheClockWithoutAnyWrite() {
        Project project = Fixtures.project("fix-attention-moments");
        Map<String, String> hrefs = QuarkusTransaction.requiringNew().call(() -> {
            Project p = Project.findById(project.id);
            TestSession s1 = ImpactTestRecords.session(p, "S1", "2025-05-01T00:00:00Z", SessionStatus.RUNNING, 1_000_000,
                    "USD", ImpactBasis.MRR);
            TestSession s2 = ImpactTestRecords.session(p, "S2", "2030-01-01T00:00:00Z", SessionStatus.PLANNED, 2_400_000,
                    "USD", ImpactBasis.ARR);
            Failure f = ImpactTestRecords.failure(p, "f", Severity.HIGH, "2025-01-01T00:00:00Z", FailureStatus.OPEN, s1);
            var ofF = ImpactTestRecords.fix(ImpactTestRecords.analysis(p, f, null, AnalysisStatus.COMPLETE,
                    "2025-01-02T00:00:00Z"), "F", FixStatus.PROPOSED, "2025-01-02T00:00:00Z");
            var ofFAndS2 = ImpactTestRecords.fix(ImpactTestRecords.analysis(p, f, s2, AnalysisStatus.COMPLETE,
                    "2025-01-03T00:00:00Z"), "F and S2", FixStatus.PROPOSED, "2025-01-03T00:00:00Z");
            var ofS2 = ImpactTestRecords.fix(ImpactTestRecords.analysis(p, null, s2, AnalysisStatus.COMPLETE,
                    "2025-01-04T00:00:00Z"), "S2", FixStatus.MERGED, "2025-01-04T00:00:00Z");
            return Map.of("/fixes/" + ofF.id, "F", "/fixes/" + ofFAndS2.id, "FS2", "/fixes/" + ofS2.id, "S2");
        });
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("2025-04-01T00:00:00Z", "F , FS2 , S2 ");
        expected.put("2025-06-01T00:00:00Z", "F $10,000 MRR, FS2 $10,000 MRR, S2 ");
        expected.put("2030-06-01T00:00:00Z", "FS2 $24,000 ARR + $10,000 MRR, F $10,000 MRR, S2 $24,000 ARR");
        expected.forEach((now, figures) -> assertEquals(figures,
                String.join(", ", ImpactTestRecords.figures(attention.of(new ImpactFilter(project.id, 4), Instant.parse(now)),
                        hrefs)),
                "at " + now));
    }
}
