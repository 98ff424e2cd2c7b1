package dev.fivewhys.support;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.analysis.AnalysisWhy;
import dev.fivewhys.analysis.RootCauseCategory;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.project.Project;
import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Failures, analyses, fixes, audits and test runs the analysis tests start from, each in its own committed
 * transaction. Failures and results are written directly, as the results upload (another feature) would.
 */
public final class AnalysisFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private AnalysisFixtures() {
    }

    /** A failure with a signature of its own, hitting the given tests (keys as ResultsIngested.testKey). */
    public static long failure(String projectSlug, String type, String message, String... testKeys) {
        return failureWithSignature(projectSlug, UUID.randomUUID().toString().replace("-", ""), type, message, testKeys);
    }

    public static long failureWithSignature(String projectSlug, String signatureHash, String type, String message,
            String... testKeys) {
        Project project = Fixtures.project(projectSlug);
        return QuarkusTransaction.requiringNew().call(() -> {
            Failure failure = new Failure();
            failure.project = Project.findById(project.id);
            failure.signatureHash = signatureHash;
            failure.signature = type + ": " + message;
            failure.failureType = type;
            failure.sampleMessage = message;
            failure.firstSeenAt = Instant.parse("2025-09-10T10:00:00Z");
            failure.lastSeenAt = failure.firstSeenAt;
            failure.occurrences = Math.max(1, testKeys.length);
            failure.affectedTests = testKeys.length;
            failure.persistAndFlush();
            for (String key : testKeys) {
                Panache.getEntityManager().createNativeQuery("insert into failure_test (failure_id, test_key, "
                        + "occurrences, last_seen_at) values (?1, ?2, 1, ?3)").setParameter(1, failure.id)
                        .setParameter(2, key).setParameter(3, failure.lastSeenAt).executeUpdate();
            }
            return failure.id;
        });
    }

    /** The ids of a complete analysis of a fresh failure, its proposed fix, an audit, a validation, a category. */
    public record Chain(long failure, long analysis, long fix, long audit, long stability, long category) {
    }

    public static Chain chain(String projectSlug) {
        long failureId = failure(projectSlug, "ImportError", "cannot import name 'get_db_session_factory'");
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            Failure failure = Failure.findById(failureId);
            Analysis analysis = new Analysis();
            analysis.project = failure.project;
            analysis.failure = failure;
            analysis.problemStatement = "WebSocket messages fail with 1011";
            analysis.rootCause = "A moved import";
            analysis.status = AnalysisStatus.COMPLETE;
            analysis.createdAt = now;
            analysis.updatedAt = now;
            AnalysisWhy why = new AnalysisWhy();
            why.analysis = analysis;
            why.position = 1;
            why.answer = "Function moved during consolidation";
            analysis.whys.add(why);
            analysis.persist();
            Fix fix = new Fix();
            fix.analysis = analysis;
            fix.summary = "Update the import";
            fix.status = FixStatus.PROPOSED;
            fix.recordedAt = now;
            fix.updatedAt = now;
            fix.persist();
            ComplianceAudit audit = new ComplianceAudit();
            audit.fix = fix;
            audit.kind = "SSOT";
            audit.recommendation = AuditRecommendation.APPROVED;
            audit.recordedAt = now;
            audit.updatedAt = now;
            audit.persist();
            StabilityValidation validation = new StabilityValidation();
            validation.fix = fix;
            validation.riskLevel = RiskLevel.LOW;
            validation.readiness = Readiness.GO;
            validation.recordedAt = now;
            validation.updatedAt = now;
            validation.persist();
            RootCauseCategory category = new RootCauseCategory();
            category.name = "fixture category " + COUNTER.incrementAndGet() + " " + UUID.randomUUID();
            category.position = 100;
            category.createdAt = now;
            category.persist();
            return new Chain(failureId, analysis.id, fix.id, audit.id, validation.id, category.id);
        });
    }

    /** A session of the project that started at the given time (automatic verification compares it). */
    public static long session(String projectSlug, String title, Instant startedAt) {
        Project project = Fixtures.project(projectSlug);
        return QuarkusTransaction.requiringNew().call(() -> {
            TestSession session = new TestSession();
            session.project = Project.findById(project.id);
            session.title = title;
            session.startedAt = startedAt;
            session.createdAt = Instant.now();
            session.updatedAt = session.createdAt;
            session.persist();
            return session.id;
        });
    }

    /**
     * Inserts a test run with one result per {@code "class#name=STATUS"}, in the caller's transaction, and returns
     * its id.
     */
    public static long insertRun(long sessionId, String... results) {
        var em = Panache.getEntityManager();
        long runId = ((Number) em.createNativeQuery("select nextval('test_run_seq')").getSingleResult()).longValue();
        em.createNativeQuery("insert into test_run (id, session_id, uploaded_at, tests) values (?1, ?2, now(), ?3)")
                .setParameter(1, runId).setParameter(2, sessionId).setParameter(3, results.length).executeUpdate();
        for (String result : results) {
            String key = result.substring(0, result.lastIndexOf('='));
            String status = result.substring(result.lastIndexOf('=') + 1);
            em.createNativeQuery("insert into test_result (run_id, session_id, class_name, name, status) "
                    + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, runId).setParameter(2, sessionId)
                    .setParameter(3, key.substring(0, key.indexOf('#'))).setParameter(4, key.substring(key.indexOf('#') + 1))
                    .setParameter(5, status).executeUpdate();
        }
        return runId;
    }
}
