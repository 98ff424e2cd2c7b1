package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.analysis.RootCauseCategory;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureSignature;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.project.Project;
import dev.fivewhys.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Time to recovery, root causes and fixes in flight on data worked out by hand. Now is Monday
 * 2025-03-17 12:00 UTC, the period the last 4 weeks (from Feb 24). Failures first seen on Mar 3 00:00
 * recover after 2 h, 10 h, 30 h and 100 h (verified Mar 3–7): median 20 h, 90th percentile 79 h (linear
 * interpolation: 30 + 0.7 × 70). One failure recovered before the period does not count.
 */
@QuarkusTest
class RecoveryAndFixesTest {

    static final Instant NOW = Instant.parse("2025-03-17T12:00:00Z");
    static final Instant FIRST_SEEN = Instant.parse("2025-03-03T00:00:00Z");
    static long project;

    @Inject
    ImpactSummary summary;

    @BeforeAll
    static void data() {
        project = Fixtures.project("impact-recovery").id;
        QuarkusTransaction.requiringNew().run(() -> {
            Project p = Project.findById(project);
            RootCauseCategory imports = RootCauseCategory.findByName("dependency/import").orElseThrow();
            RootCauseCategory config = RootCauseCategory.findByName("configuration").orElseThrow();
            recovered(p, "a", FIRST_SEEN, 2, imports);
            recovered(p, "b", FIRST_SEEN, 10, imports);
            recovered(p, "c", FIRST_SEEN, 30, imports);
            recovered(p, "d", FIRST_SEEN, 100, config);
            recovered(p, "old", Instant.parse("2025-01-01T00:00:00Z"), 5, null).createdAt = Instant
                    .parse("2025-01-01T06:00:00Z");

            Fix blocked = inFlight(p, "e", "Blocked fix", null, null);
            Fix ready = inFlight(p, "f", "Ready fix", AuditRecommendation.APPROVED, Readiness.CONDITIONAL_GO);
            ready.updatedAt = blocked.updatedAt.plusSeconds(60);
        });
    }

    @Test
    void medianAndNinetiethPercentileOfTheFailuresRecoveredInThePeriod() {
        ImpactSummary.View view = summary.of(new ImpactFilter(project, 4), NOW);
        Headlines.View headlines = view.headlines();
        assertEquals(4, headlines.recovery().failures());
        assertEquals(Duration.ofHours(20), headlines.recovery().median());
        assertEquals(Duration.ofHours(79), headlines.recovery().p90());
        assertEquals("20 h 0 min", headlines.recoveryMedian());
        assertEquals("3 d 7 h", headlines.recoveryP90());
        assertTrue(view.trends().recovery().rows().get(1).values().get(0).startsWith("20 h"),
                "verified in the week ending Mar 9");
    }

    @Test
    void rootCausesAreCountedMostFrequentFirst() {
        ImpactSummary.View view = summary.of(new ImpactFilter(project, 4), NOW);
        assertEquals(
                List.of(new FixesInFlight.RootCause("dependency/import", 3), new FixesInFlight.RootCause("not categorised", 2),
                        new FixesInFlight.RootCause("configuration", 1)),
                view.rootCauses());
        assertTrue(view.rootCauseChart().getValue().contains(">Root causes</title>"));
    }

    @Test
    void fixesInFlightSayWhatBlocksThem() {
        ImpactSummary.View view = summary.of(new ImpactFilter(project, 4), NOW);
        assertEquals(List.of("Ready fix", "Blocked fix"),
                view.fixesInFlight().stream().map(FixesInFlight.FixInFlight::summary).toList());
        assertTrue(view.fixesInFlight().get(0).decision().readyToDeploy());
        assertEquals(List.of("No compliance audit yet", "No stability validation yet"),
                view.fixesInFlight().get(1).decision().blockers());
    }

    private static Analysis analysis(Project project, String name, Instant firstSeen, RootCauseCategory category) {
        FailureSignature signature = FailureSignature.of("AssertionError", "recovery " + name);
        Failure failure = new Failure();
        failure.project = project;
        failure.signatureHash = signature.hash();
        failure.signature = signature.text();
        failure.failureType = "AssertionError";
        failure.firstSeenAt = firstSeen;
        failure.lastSeenAt = firstSeen;
        failure.persist();
        Analysis analysis = new Analysis();
        analysis.project = project;
        analysis.failure = failure;
        analysis.category = category;
        analysis.status = AnalysisStatus.DRAFT;
        analysis.createdAt = firstSeen.plusSeconds(600);
        analysis.updatedAt = analysis.createdAt;
        analysis.persist();
        return analysis;
    }

    private static Analysis recovered(Project project, String name, Instant firstSeen, int hours, RootCauseCategory category) {
        Analysis analysis = analysis(project, name, firstSeen, category);
        Fix fix = fix(analysis, "Fix " + name, FixStatus.VERIFIED);
        fix.verifiedAt = firstSeen.plus(Duration.ofHours(hours));
        return analysis;
    }

    private static Fix inFlight(Project project, String name, String summary, AuditRecommendation recommendation,
            Readiness readiness) {
        Fix fix = fix(analysis(project, name, FIRST_SEEN, null), summary, FixStatus.MERGED);
        if (recommendation != null) {
            ComplianceAudit audit = new ComplianceAudit();
            audit.fix = fix;
            audit.kind = "SSOT";
            audit.recommendation = recommendation;
            audit.recordedAt = FIRST_SEEN;
            audit.updatedAt = FIRST_SEEN;
            audit.persist();
        }
        if (readiness != null) {
            StabilityValidation validation = new StabilityValidation();
            validation.fix = fix;
            validation.riskLevel = RiskLevel.LOW;
            validation.readiness = readiness;
            validation.recordedAt = FIRST_SEEN;
            validation.updatedAt = FIRST_SEEN;
            validation.persist();
        }
        return fix;
    }

    private static Fix fix(Analysis analysis, String summary, FixStatus status) {
        Fix fix = new Fix();
        fix.analysis = analysis;
        fix.summary = summary;
        fix.status = status;
        fix.recordedAt = analysis.createdAt;
        fix.updatedAt = analysis.createdAt;
        fix.persist();
        return fix;
    }
}
