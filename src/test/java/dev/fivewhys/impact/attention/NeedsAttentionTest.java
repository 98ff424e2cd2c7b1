package dev.fivewhys.impact.attention;

import static dev.fivewhys.impact.attention.AttentionItem.Kind.ANALYSIS_WITHOUT_FIX;
import static dev.fivewhys.impact.attention.AttentionItem.Kind.FAILURE_WITHOUT_ANALYSIS;
import static dev.fivewhys.impact.attention.AttentionItem.Kind.FIX_WAITING_TO_DEPLOY;
import static dev.fivewhys.impact.attention.AttentionItem.Kind.NO_GO_FIX;
import static dev.fivewhys.impact.attention.AttentionItem.Kind.RECURRING_FAILURE;
import static dev.fivewhys.impact.attention.AttentionItem.Kind.SESSION_WITHOUT_GO_NO_GO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.impact.ImpactTestRecords;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.story.SessionVerdicts;
import dev.fivewhys.support.Fixtures;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every kind of "Needs attention" item on data worked out by hand; now is Monday 2025-03-17 12:00 UTC. At risk: SA
 * $550K MRR, SB $120K MRR, SC $1.2M ARR ($100K a month), SE $80K MRR; SD passed. Only SA is not cleared by its own
 * go/no-go. The list is ordered by the revenue at
 * risk in the sessions each item touches (ARR as a twelfth), then by how long it has waited.
 */
@QuarkusTest
class NeedsAttentionTest {

    static final Instant NOW = Instant.parse("2025-03-17T12:00:00Z");
    static long project;
    static Map<String, String> href;

    @Inject
    NeedsAttention attention;

    @BeforeAll
    static void data() {
        project = Fixtures.project("impact-attention").id;
        href = QuarkusTransaction.requiringNew().call(() -> {
            Project p = Project.findById(project);
            TestSession sa = ImpactTestRecords.session(p, "SA", "2025-03-10T09:00:00Z", SessionStatus.RUNNING, 55_000_000,
                    "USD", ImpactBasis.MRR);
            TestSession sb = ImpactTestRecords.session(p, "SB", "2025-03-01T09:00:00Z", SessionStatus.RUNNING, 12_000_000,
                    "USD", ImpactBasis.MRR);
            TestSession sc = ImpactTestRecords.session(p, "SC", "2025-02-20T09:00:00Z", SessionStatus.BLOCKED,
                    120_000_000, "USD", ImpactBasis.ARR);
            TestSession sd = ImpactTestRecords.session(p, "SD", "2025-02-01T09:00:00Z", SessionStatus.PASSED, 5_000_000,
                    "USD", ImpactBasis.MRR);
            TestSession se = ImpactTestRecords.session(p, "SE", "2025-03-12T09:00:00Z", SessionStatus.RUNNING, 8_000_000,
                    "USD", ImpactBasis.MRR);

            // Failures open a week without an analysis: FA and FC; FB is open exactly a week, FD is resolved.
            Failure fa = failure(p, "fa", Severity.MEDIUM, "2025-03-01T00:00:00Z", FailureStatus.OPEN, sa, sd);
            failure(p, "fb", Severity.HIGH, "2025-03-10T12:00:00Z", FailureStatus.OPEN, sb);
            Failure fc = failure(p, "fc", Severity.HIGH, "2025-03-10T11:59:59Z", FailureStatus.OPEN, sc);
            failure(p, "fd", Severity.HIGH, "2025-02-01T00:00:00Z", FailureStatus.RESOLVED, sa);
            // seen in no session: nothing at risk, listed last
            Failure fi = failure(p, "fi", Severity.LOW, "2025-02-01T00:00:00Z", FailureStatus.OPEN);

            // An analysis complete without a fix, of a failure seen in SA and SB; a draft one does not count.
            Failure fe = failure(p, "fe", Severity.HIGH, "2025-03-02T00:00:00Z", FailureStatus.ANALYSING, sa, sb);
            Analysis an1 = ImpactTestRecords.analysis(p, fe, null, AnalysisStatus.COMPLETE, "2025-03-05T00:00:00Z");
            Failure fj = failure(p, "fj", Severity.HIGH, "2025-03-02T00:00:00Z", FailureStatus.ANALYSING, sa);
            ImpactTestRecords.analysis(p, fj, null, AnalysisStatus.DRAFT, "2025-03-05T00:00:00Z");

            // X1: NO GO (audit rejected, no stability yet), of a failure seen in SB.
            Failure ff = failure(p, "ff", Severity.HIGH, "2025-03-02T00:00:00Z", FailureStatus.FIX_IN_PROGRESS, sb);
            Fix x1 = fix(p, ff, null, "X1", FixStatus.MERGED, "2025-03-08T00:00:00Z");
            ImpactTestRecords.audit(x1, AuditRecommendation.REJECTED, "2025-03-09T00:00:00Z");
            // X2: GO and merged, of a failure seen in SC; ready since its stability validation (Mar 13).
            Failure fg = failure(p, "fg", Severity.HIGH, "2025-02-25T00:00:00Z", FailureStatus.FIX_IN_PROGRESS, sc);
            Fix x2 = fix(p, fg, null, "X2", FixStatus.MERGED, "2025-03-10T00:00:00Z");
            ImpactTestRecords.audit(x2, AuditRecommendation.APPROVED, "2025-03-11T00:00:00Z");
            ImpactTestRecords.stability(x2, Readiness.GO, "2025-03-13T00:00:00Z", null);
            // X3: CONDITIONAL GO and proposed, from an analysis of session SE.
            Fix x3 = fix(p, null, se, "X3", FixStatus.PROPOSED, "2025-03-12T10:00:00Z");
            ImpactTestRecords.audit(x3, AuditRecommendation.APPROVED, "2025-03-12T11:00:00Z");
            ImpactTestRecords.stability(x3, Readiness.CONDITIONAL_GO, "2025-03-12T12:00:00Z",
                    "Deploy commit `8365f3012` to staging first");
            // X4 is ready and deployed; X5 verified though never audited: neither waits on anyone.
            Failure fk = failure(p, "fk", Severity.HIGH, "2025-03-02T00:00:00Z", FailureStatus.FIX_IN_PROGRESS, sc);
            Fix x4 = fix(p, fk, null, "X4", FixStatus.DEPLOYED, "2025-03-10T00:00:00Z");
            ImpactTestRecords.audit(x4, AuditRecommendation.APPROVED, "2025-03-11T00:00:00Z");
            ImpactTestRecords.stability(x4, Readiness.GO, "2025-03-11T00:00:00Z", null);
            Failure fl = failure(p, "fl", Severity.HIGH, "2025-03-02T00:00:00Z", FailureStatus.RESOLVED, sa);
            fix(p, fl, null, "X5", FixStatus.VERIFIED, "2025-03-10T00:00:00Z");

            // FH came back in a run of SA on Mar 14 and is open; it has a draft analysis.
            Failure fh = failure(p, "fh", Severity.CRITICAL, "2025-01-01T00:00:00Z", FailureStatus.OPEN, sa);
            fh.recurring = true;
            ImpactTestRecords.event(fh, "2025-02-01T00:00:00Z", FailureEvent.RESOLVED, null);
            ImpactTestRecords.event(fh, "2025-03-14T00:00:00Z", FailureEvent.REOPENED, sa);
            ImpactTestRecords.analysis(p, fh, null, AnalysisStatus.DRAFT, "2025-03-14T01:00:00Z");
            // Each session's own go/no-go, as the app decides it when records change: SA is NO GO (FH, critical, open
            // without a fix); SB and SC have only high failures open and SE a CONDITIONAL GO fix: CONDITIONAL GO.
            Arc.container().instance(SessionVerdicts.class).get().recheck(List.of(sa.id, sb.id, sc.id, sd.id, se.id));
            return Map.of("FA", "/failures/" + fa.id, "FC", "/failures/" + fc.id, "FI", "/failures/" + fi.id,
                    "AN1", "/analyses/" + an1.id, "X1", "/fixes/" + x1.id, "X2", "/fixes/" + x2.id, "X3",
                    "/fixes/" + x3.id, "FH", "/failures/" + fh.id, "SA", "/sessions/" + sa.id, "SB",
                    "/sessions/" + sb.id);
        });
    }

    @Test
    void everyItemInOrderOfRevenueAtRiskThenOfWaiting() {
        List<AttentionItem> items = attention.of(new ImpactFilter(project, 4), NOW).items();
        assertEquals(List.of(
                // $550K + $120K: the failure is seen in SA and SB
                "AN1 " + ANALYSIS_WITHOUT_FIX + " $670,000 MRR since 2025-03-05T00:00:00Z",
                // $550K each, longest waiting first
                "FA " + FAILURE_WITHOUT_ANALYSIS + " $550,000 MRR since 2025-03-01T00:00:00Z",
                "SA " + SESSION_WITHOUT_GO_NO_GO + " $550,000 MRR since 2025-03-10T09:00:00Z",
                "FH " + RECURRING_FAILURE + " $550,000 MRR since 2025-03-14T00:00:00Z",
                "X1 " + NO_GO_FIX + " $120,000 MRR since 2025-03-08T00:00:00Z",
                // $1.2M ARR is $100K a month
                "FC " + FAILURE_WITHOUT_ANALYSIS + " $1,200,000 ARR since 2025-03-10T11:59:59Z",
                "X2 " + FIX_WAITING_TO_DEPLOY + " $1,200,000 ARR since 2025-03-13T00:00:00Z",
                "X3 " + FIX_WAITING_TO_DEPLOY + " $80,000 MRR since 2025-03-12T12:00:00Z",
                "FI " + FAILURE_WITHOUT_ANALYSIS + "  since 2025-02-01T00:00:00Z"),
                items.stream().map(i -> name(i.href()) + " " + i.kind() + " " + i.atRiskDisplay() + " since " + i.since())
                        .toList());
    }

    @Test
    void eachItemSaysWhatIsWrongAndHowLongItHasWaited() {
        Map<String, AttentionItem> items = attention.of(new ImpactFilter(project, 4), NOW).items().stream()
                .collect(Collectors.toMap(i -> name(i.href()), i -> i));
        assertEquals("Blocked by: Audit rejected; No stability validation yet", items.get("X1").detail());
        assertEquals("Fix #" + id("X1") + ": X1", items.get("X1").title());
        assertEquals("GO, merged, not deployed", items.get("X2").detail());
        assertEquals("4 d 12 h", items.get("X2").waited());
        assertEquals("CONDITIONAL GO, proposed, not deployed. Conditions: Deploy commit `8365f3012` to staging first",
                items.get("X3").detail());
        assertEquals("Medium severity, open for 16 d 12 h with no analysis", items.get("FA").detail());
        assertEquals("AssertionError: fa", items.get("FA").title());
        assertEquals("Complete, no fix recorded. Root cause: A moved import", items.get("AN1").detail());
        assertEquals("Analysis #" + id("AN1") + ": AssertionError: fe", items.get("AN1").title());
        assertEquals("Critical severity, came back after it was resolved; open", items.get("FH").detail());
        assertEquals("3 d 12 h", items.get("FH").waited());
        assertEquals("Running, at risk, and not cleared: NO GO. 1 critical (P0) failure open; failure #" + id("FH")
                + " has no fix yet", items.get("SA").detail());
        assertEquals("SA", items.get("SA").title());
    }

    @Test
    void theListStopsAtItsLengthAndCountsTheRest() {
        NeedsAttention.View view = attention.of(new ImpactFilter(project, 4), NOW);
        assertEquals(9, view.total());
        assertEquals(0, view.more());
        Project other = Fixtures.project("impact-attention-many");
        QuarkusTransaction.requiringNew().run(() -> {
            Project p = Project.findById(other.id);
            for (int i = 0; i < NeedsAttention.LISTED + 5; i++) {
                failure(p, "many " + i, Severity.LOW, "2025-01-01T00:00:00Z", FailureStatus.OPEN);
            }
        });
        NeedsAttention.View many = attention.of(new ImpactFilter(other.id, 4), NOW);
        assertEquals(NeedsAttention.LISTED, many.items().size());
        assertEquals(NeedsAttention.LISTED + 5, many.total());
        assertEquals(5, many.more());
    }

    /** The kinds are ranked in one statement: each is cut to the list's length and counted on its own. */
    @Test
    void eachKindIsCutAndCountedOnItsOwn() {
        Project other = Fixtures.project("impact-attention-kinds");
        QuarkusTransaction.requiringNew().run(() -> {
            Project p = Project.findById(other.id);
            for (int i = 0; i < NeedsAttention.LISTED + 5; i++) {
                // one hour apart: tied first-seen times would be ordered by the link's text, so by the ids given
                failure(p, "kinds " + i, Severity.LOW, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i)
                        .toString(), FailureStatus.OPEN);
            }
            // came back and never analysed: an item of both kinds, waiting from the latest it was seen
            for (int i = 0; i < 3; i++) {
                Failure back = failure(p, "back " + i, Severity.HIGH, "2025-02-01T00:00:00Z", FailureStatus.OPEN);
                back.recurring = true;
                back.lastSeenAt = Instant.parse("2025-03-1" + i + "T00:00:00Z");
            }
        });
        NeedsAttention.View view = attention.of(new ImpactFilter(other.id, 4), NOW);
        assertEquals(Map.of(FAILURE_WITHOUT_ANALYSIS, (long) NeedsAttention.LISTED + 8, RECURRING_FAILURE, 3L),
                view.counts());
        assertEquals(NeedsAttention.LISTED + 11, view.total());
        // nothing at risk: the longest waiting first, the failure first seen earliest
        assertEquals("kinds 0", view.items().get(0).title().substring("AssertionError: ".length()));
        assertEquals(NeedsAttention.LISTED, view.items().stream().filter(i -> i.kind() == FAILURE_WITHOUT_ANALYSIS)
                .count());
    }

    private static String name(String path) {
        return href.entrySet().stream().filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey).findFirst()
                .orElse(path);
    }

    private static String id(String name) {
        return href.get(name).substring(href.get(name).lastIndexOf('/') + 1);
    }

    private static Failure failure(Project p, String message, Severity severity, String firstSeen, FailureStatus status,
            TestSession... seenIn) {
        return ImpactTestRecords.failure(p, message, severity, firstSeen, status, seenIn);
    }

    /** A fix of a complete analysis, of the failure or, without one, of the session. */
    private static Fix fix(Project p, Failure failure, TestSession session, String summary, FixStatus status,
            String recorded) {
        Analysis analysis = ImpactTestRecords.analysis(p, failure, session, AnalysisStatus.COMPLETE, recorded);
        return ImpactTestRecords.fix(analysis, summary, status, recorded);
    }
}
