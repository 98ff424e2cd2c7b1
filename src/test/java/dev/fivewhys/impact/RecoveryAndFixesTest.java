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

    /** Each failure's first verified fix, worked out for every failure, as the page did on every view before V16_15_1. */
    private static final String FROM_SCRATCH = """
            with recovered as (
              select f.id, min(x.verified_at) as verified_at,
                     extract(epoch from min(x.verified_at) - f.first_seen_at) as seconds
              from failure f join analysis a on a.failure_id = f.id join fix x on x.analysis_id = a.id
              where x.verified_at is not null and (?1 = 0 or f.project_id = ?1)
              group by f.id, f.first_seen_at)
            """;

    @Inject
    ImpactSummary summary;
    @Inject
    RecoveryFigures recovery;

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

            // another project: failures with several fixes, verified on the same moment, before the periods, ahead
            Project q = Project.findById(Fixtures.project("impact-recovery-edges").id);
            Analysis twice = recovered(q, "twice", FIRST_SEEN, 30, null);
            verified(analysis(q, twice.failure, FIRST_SEEN), 3);
            verified(twice, 500);
            Analysis tie = recovered(q, "tie", FIRST_SEEN, 50, null);
            verified(tie, 50);
            verified(analysis(q, tie.failure, FIRST_SEEN), 70);
            Analysis earlier = recovered(q, "earlier", Instant.parse("2025-01-20T00:00:00Z"), 24 * 20, null);
            verified(earlier, 24 * 40);
            recovered(q, "ahead", FIRST_SEEN, 24 * 60, null);
            fix(analysis(q, "unverified", FIRST_SEEN, null), "Unverified", FixStatus.MERGED);

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

    /**
     * The period's, the previous period's and each week's figures are those of the failures' first verified fixes
     * worked out from scratch: for every project and each, several periods (one ending before the fixes, one long
     * after them).
     */
    @Test
    void recoveryIsWhatEachFailuresFirstVerifiedFixGives() {
        long edges = Fixtures.project("impact-recovery-edges").id;
        for (long of : List.of(0L, project, edges)) {
            for (String now : List.of("2025-03-17T12:00:00Z", "2025-03-04T01:00:00Z", "2025-02-01T00:00:00Z",
                    "2025-05-20T08:00:00Z", "2026-01-01T00:00:00Z")) {
                for (int weeks : List.of(1, 4, 12, 52)) {
                    ImpactFilter filter = new ImpactFilter(of == 0 ? null : of, weeks);
                    Period period = filter.period(Instant.parse(now), java.time.ZoneOffset.UTC);
                    RecoveryFigures.History kept = QuarkusTransaction.requiringNew().call(() -> recovery.of(filter, period));
                    String context = "project " + of + ", now " + now + ", " + weeks + " weeks";
                    assertEquals(fromScratch(period, of), kept.period(), context);
                    assertEquals(fromScratch(period.previous(), of), kept.previous(), context + ", previous period");
                    assertEquals(weeksFromScratch(period.from(), of), kept.weeks(), context + ", by week");
                }
            }
        }
    }

    private static RecoveryFigures.Recovery fromScratch(Period period, long project) {
        Object[] row = dev.fivewhys.support.Uploads.rows(FROM_SCRATCH + """
                select count(*), percentile_cont(0.5) within group (order by seconds),
                       percentile_cont(0.9) within group (order by seconds)
                from recovered where verified_at >= ?2 and verified_at < ?3""", project,
                java.sql.Timestamp.from(period.from()), java.sql.Timestamp.from(period.to())).get(0);
        return new RecoveryFigures.Recovery(((Number) row[0]).longValue(), duration(row[1]), duration(row[2]));
    }

    private static List<RecoveryFigures.WeekRecovery> weeksFromScratch(Instant since, long project) {
        return dev.fivewhys.support.Uploads.rows(FROM_SCRATCH + """
                select cast(floor(extract(epoch from verified_at - cast(?2 as timestamptz)) / 604800) as int) as week,
                       percentile_cont(0.5) within group (order by seconds), count(*)
                from recovered where verified_at >= ?2 group by 1 order by 1""", project, java.sql.Timestamp.from(since))
                .stream()
                .map(r -> new RecoveryFigures.WeekRecovery(((Number) r[0]).intValue(), duration(r[1]),
                        ((Number) r[2]).longValue()))
                .toList();
    }

    private static Duration duration(Object seconds) {
        return seconds == null ? null : Duration.ofSeconds(Math.round(((Number) seconds).doubleValue()));
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

    /** One more analysis of the same failure. */
    private static Analysis analysis(Project project, Failure failure, Instant at) {
        return analysis(project, failure, null, at.plusSeconds(1200));
    }

    /** One more fix of the analysis, verified that many hours after the failure was first seen. */
    private static void verified(Analysis analysis, int hours) {
        fix(analysis, "Fix again", FixStatus.VERIFIED).verifiedAt = analysis.failure.firstSeenAt.plus(Duration.ofHours(hours));
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
        return analysis(project, failure, category, firstSeen.plusSeconds(600));
    }

    private static Analysis analysis(Project project, Failure failure, RootCauseCategory category, Instant createdAt) {
        Analysis analysis = new Analysis();
        analysis.project = project;
        analysis.failure = failure;
        analysis.category = category;
        analysis.status = AnalysisStatus.DRAFT;
        analysis.createdAt = createdAt;
        analysis.updatedAt = createdAt;
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
