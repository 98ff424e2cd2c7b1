package dev.fivewhys.impact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureOccurrence;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.impact.attention.NeedsAttention;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;

/**
 * Records for the impact tests, written directly with the times a test needs (the features that write them for real
 * are tested with them). Call inside a transaction.
 */
public final class ImpactTestRecords {

    private ImpactTestRecords() {
    }

    /** A session with a business impact, e.g. 55_000_000 USD MRR for "$550K MRR". */
    public static TestSession session(Project project, String title, String started, SessionStatus status, long amountMinor,
            String currency, ImpactBasis basis) {
        TestSession session = new TestSession();
        session.project = project;
        session.title = title;
        session.status = status;
        session.startedAt = Instant.parse(started);
        session.impact.amountMinor = amountMinor;
        session.impact.currency = currency;
        session.impact.basis = basis;
        session.createdAt = session.startedAt;
        session.updatedAt = session.startedAt;
        session.persist();
        return session;
    }

    public static Failure failure(Project project, String message, Severity severity, String firstSeen, FailureStatus status,
            TestSession... seenIn) {
        Failure failure = new Failure();
        failure.project = project;
        failure.signatureHash = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        failure.failureType = "AssertionError";
        failure.sampleMessage = message;
        failure.signature = "AssertionError: " + message;
        failure.severity = severity;
        failure.status = status;
        failure.firstSeenAt = Instant.parse(firstSeen);
        failure.lastSeenAt = failure.firstSeenAt;
        failure.occurrences = Math.max(1, seenIn.length);
        failure.persist();
        for (TestSession session : seenIn) {
            FailureOccurrence occurrence = new FailureOccurrence();
            occurrence.failureId = failure.id;
            occurrence.sessionId = session.id;
            occurrence.failure = failure;
            occurrence.session = session;
            occurrence.occurrences = 1;
            occurrence.firstSeenAt = failure.firstSeenAt;
            occurrence.lastSeenAt = failure.firstSeenAt;
            occurrence.persist();
        }
        return failure;
    }

    /** A line of the failure's history; a reopen by a test run names its session, one on GitHub does not. */
    public static void event(Failure failure, String at, String kind, TestSession session) {
        FailureEvent.record(failure, Instant.parse(at), kind, kind.toLowerCase(), "test", session);
    }

    public static Analysis analysis(Project project, Failure failure, TestSession session, AnalysisStatus status, String at) {
        Analysis analysis = new Analysis();
        analysis.project = project;
        analysis.failure = failure;
        analysis.session = session;
        analysis.status = status;
        analysis.problemStatement = "Why it broke";
        analysis.rootCause = status == AnalysisStatus.DRAFT ? null : "A moved import";
        analysis.createdAt = Instant.parse(at);
        analysis.updatedAt = analysis.createdAt;
        analysis.completedAt = status == AnalysisStatus.DRAFT ? null : analysis.createdAt;
        analysis.persist();
        return analysis;
    }

    public static Fix fix(Analysis analysis, String summary, FixStatus status, String recorded) {
        Fix fix = new Fix();
        fix.analysis = analysis;
        fix.summary = summary;
        fix.status = status;
        fix.recordedAt = Instant.parse(recorded);
        fix.updatedAt = fix.recordedAt;
        fix.persist();
        return fix;
    }

    public static void audit(Fix fix, AuditRecommendation recommendation, String at, String... conditions) {
        ComplianceAudit audit = new ComplianceAudit();
        audit.fix = fix;
        audit.kind = "SSOT";
        audit.recommendation = recommendation;
        audit.conditions.addAll(List.of(conditions));
        audit.recordedAt = Instant.parse(at);
        audit.updatedAt = audit.recordedAt;
        audit.persist();
    }

    public static void stability(Fix fix, Readiness readiness, String at, String notes) {
        StabilityValidation validation = new StabilityValidation();
        validation.fix = fix;
        validation.riskLevel = RiskLevel.LOW;
        validation.readiness = readiness;
        validation.notes = notes;
        validation.recordedAt = Instant.parse(at);
        validation.updatedAt = validation.recordedAt;
        validation.persist();
    }

    /** The failure seen in the session (once more), as an upload's upsert writes it. */
    public static void seen(long failure, long session) {
        Uploads.execute("insert into failure_occurrence (failure_id, session_id, occurrences, first_seen_at, last_seen_at) "
                + "values (?1, ?2, 1, now(), now()) on conflict (failure_id, session_id) do update set "
                + "occurrences = failure_occurrence.occurrences + 1", failure, session);
    }

    /** "F $10,000 MRR" for each listed item whose link is named in {@code names}, in the list's order. */
    public static List<String> figures(NeedsAttention.View view, Map<String, String> names) {
        return view.items().stream().filter(i -> names.containsKey(i.href()))
                .map(i -> names.get(i.href()) + " " + i.atRiskDisplay()).toList();
    }

    /**
     * Moves what kept figures follow, checking them after each change: f's occurrence in a removed, g's moved from b to a,
     * C continuing A, B's money changed, C passed, then continuing nothing.
     */
    public static void moveOccurrencesAndSpans(long f, long g, long a, long b, long c, Consumer<String> assertKept) {
        Uploads.execute("delete from failure_occurrence where failure_id = ?1 and session_id = ?2", f, a);
        assertKept.accept("an occurrence removed");
        Uploads.execute("update failure_occurrence set session_id = ?1 where failure_id = ?2 and session_id = ?3", a, g, b);
        assertKept.accept("an occurrence moved to another session");
        Uploads.execute("update test_session set continues_session_id = ?1, started_at = '2025-09-10T08:00:00Z' "
                + "where id = ?2", a, c);
        assertKept.accept("C continues A: A's span ends");
        Uploads.execute("update test_session set impact_currency = 'EUR', impact_basis = 'ARR' where id = ?1", b);
        assertKept.accept("B at risk in another kind of money");
        Uploads.execute("update test_session set status = 'PASSED', ended_at = '2025-09-12T10:00:00Z' where id = ?1", c);
        assertKept.accept("C passed");
        Uploads.execute("update test_session set continues_session_id = null where id = ?1", c);
        assertKept.accept("C continues nothing: A is at risk again");
    }

    /** The failure seen in a new session of the project, then that session deleted, checking kept figures after each. */
    public static void seenInANewSessionThenDeleted(String projectSlug, long failure, Consumer<String> assertKept) {
        long d = Fixtures.session(projectSlug, "D").session();
        seen(failure, d);
        assertKept.accept("a new session");
        Uploads.execute("delete from failure_occurrence where session_id = ?1", d);
        Uploads.execute("delete from session_phase where session_id = ?1", d);
        Uploads.execute("delete from test_session where id = ?1", d);
        assertKept.accept("a session deleted with its occurrences");
    }
}
