package dev.fivewhys.impact;

import static dev.fivewhys.impact.ImpactTestRecords.event;
import static dev.fivewhys.impact.ImpactTestRecords.failure;
import static dev.fivewhys.impact.ImpactTestRecords.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.impact.Change.Trend;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every headline figure against the previous period, on data worked out by hand. Now is Monday 2025-03-17 12:00 UTC
 * and the period the last 4 weeks: from Monday Feb 24 00:00, 21 d 12 h long, so the previous period runs from Feb 2
 * 12:00 to Feb 24 00:00. Figures at a moment are compared with their value on Feb 24 00:00; something that happens
 * at that very moment has happened by then.
 */
@QuarkusTest
class ChangesAgainstPreviousTest {

    static final Instant NOW = Instant.parse("2025-03-17T12:00:00Z");
    static long project;

    @Inject
    ImpactSummary summary;

    @BeforeAll
    static void data() {
        project = Fixtures.project("impact-changes").id;
        QuarkusTransaction.requiringNew().run(() -> {
            Project p = Project.findById(project);
            // Revenue: USD MRR $100K then and $120K now; EUR MRR €30K then, passed since; USD ARR $500K both times.
            session(p, "S1", "2025-02-10T09:00:00Z", SessionStatus.RUNNING, 10_000_000, "USD", ImpactBasis.MRR);
            TestSession s2 = session(p, "S2", "2025-03-01T09:00:00Z", SessionStatus.RUNNING, 2_000_000, "USD",
                    ImpactBasis.MRR);
            TestSession s3 = session(p, "S3", "2025-02-01T09:00:00Z", SessionStatus.PASSED, 3_000_000, "EUR",
                    ImpactBasis.MRR);
            s3.endedAt = Instant.parse("2025-03-05T09:00:00Z");
            session(p, "S4", "2025-01-01T09:00:00Z", SessionStatus.BLOCKED, 50_000_000, "USD", ImpactBasis.ARR);

            // Open failures. Feb 24: F1 critical, F3 high, F6 medium, F7 low (it came back at that moment).
            // Now: F1 critical, F2 high, F4 and F6 medium, F10 low.
            failure(p, "f1", Severity.CRITICAL, "2025-02-20T00:00:00Z", FailureStatus.OPEN);
            failure(p, "f2", Severity.HIGH, "2025-03-02T00:00:00Z", FailureStatus.OPEN);
            failure(p, "f10", Severity.LOW, "2025-03-05T00:00:00Z", FailureStatus.OPEN);
            // resolved after Feb 24, and nothing before: open then
            Failure f3 = failure(p, "f3", Severity.HIGH, "2025-02-10T00:00:00Z", FailureStatus.RESOLVED);
            event(f3, "2025-03-03T00:00:00Z", FailureEvent.RESOLVED, null);
            Failure f4 = failure(p, "f4", Severity.MEDIUM, "2025-02-05T00:00:00Z", FailureStatus.OPEN);
            f4.recurring = true;
            event(f4, "2025-02-15T00:00:00Z", FailureEvent.RESOLVED, null);
            event(f4, "2025-03-10T00:00:00Z", FailureEvent.REOPENED, s2);
            // resolved with no event: resolved from its resolved_at
            Failure f5 = failure(p, "f5", Severity.LOW, "2025-02-01T00:00:00Z", FailureStatus.RESOLVED);
            f5.resolvedAt = Instant.parse("2025-02-20T00:00:00Z");
            // reopened on GitHub: open again, but it did not come back in a test run
            Failure f6 = failure(p, "f6", Severity.MEDIUM, "2025-02-03T00:00:00Z", FailureStatus.OPEN);
            event(f6, "2025-02-05T00:00:00Z", FailureEvent.RESOLVED, null);
            event(f6, "2025-02-12T00:00:00Z", FailureEvent.REOPENED, null);

            // Came back: F4 and F7 (twice) in the period, F8 in the one before; F9 a second before it began.
            Failure f7 = failure(p, "f7", Severity.LOW, "2025-01-20T00:00:00Z", FailureStatus.RESOLVED);
            event(f7, "2025-02-01T00:00:00Z", FailureEvent.RESOLVED, null);
            event(f7, "2025-02-24T00:00:00Z", FailureEvent.REOPENED, s2);
            event(f7, "2025-03-08T00:00:00Z", FailureEvent.RESOLVED, null);
            event(f7, "2025-03-12T00:00:00Z", FailureEvent.REOPENED, s2);
            event(f7, "2025-03-14T00:00:00Z", FailureEvent.RESOLVED, null);
            Failure f8 = failure(p, "f8", Severity.LOW, "2025-01-05T00:00:00Z", FailureStatus.RESOLVED);
            event(f8, "2025-01-20T00:00:00Z", FailureEvent.RESOLVED, null);
            event(f8, "2025-02-10T00:00:00Z", FailureEvent.REOPENED, s2);
            event(f8, "2025-02-15T00:00:00Z", FailureEvent.RESOLVED, null);
            Failure f9 = failure(p, "f9", Severity.LOW, "2025-01-05T00:00:00Z", FailureStatus.RESOLVED);
            event(f9, "2025-01-20T00:00:00Z", FailureEvent.RESOLVED, null);
            event(f9, "2025-02-02T11:59:59Z", FailureEvent.REOPENED, s2);
            event(f9, "2025-02-02T12:30:00Z", FailureEvent.RESOLVED, null);

            // Recovery: 2 h and 4 h in the period (median 3 h), 5 h in the one before.
            recovered(p, "r1", "2025-03-03T00:00:00Z", 2);
            recovered(p, "r2", "2025-03-03T00:00:00Z", 4);
            recovered(p, "r3", "2025-02-10T00:00:00Z", 5);
        });
    }

    @Test
    void revenueAtRiskAgainstItsValueWhenThePeriodBegan() {
        Headlines.View view = view();
        assertEquals("on Feb 24, 2025", view.since());
        // what is at risk now first, then what was at risk and is no more
        assertEquals(List.of("$500,000 ARR", "$120,000 MRR", "€0 MRR"),
                view.risk().stream().map(r -> r.money().display()).toList());
        assertEquals(List.of(new Change(Trend.SAME, "No change from $500,000 ARR on Feb 24, 2025", "no change"),
                new Change(Trend.WORSE, "Up $20,000 MRR from $100,000 MRR on Feb 24, 2025: worse", "up $20,000 MRR"),
                new Change(Trend.BETTER, "Down €30,000 MRR from €30,000 MRR on Feb 24, 2025: better", "down €30,000 MRR")),
                view.risk().stream().map(Headlines.Risk::change).toList());
        assertEquals(List.of(1L, 2L, 0L), view.risk().stream().map(Headlines.Risk::sessions).toList());
    }

    @Test
    void openFailuresAgainstThoseOpenWhenThePeriodBegan() {
        Headlines.View view = view();
        assertEquals(5, view.openFailures());
        assertEquals(new Change(Trend.WORSE, "Up 1 from 4 on Feb 24, 2025: worse", "up 1"), view.openChange());
        assertEquals(List.of("Critical 1 no change", "High 1 no change", "Medium 2 up 1", "Low 1 no change"),
                view.openBySeverity().stream()
                        .map(s -> s.severity().label + " " + s.open() + " " + s.change().brief()).toList());
    }

    @Test
    void failuresThatCameBackAgainstThePreviousPeriod() {
        Headlines.View view = view();
        assertEquals("in Feb 2 – Feb 23, 2025", view.previousPeriod());
        // F4 and F7 (twice); before: F8, not F9 (a second before the previous period) nor F6 (reopened on GitHub)
        assertEquals(2, view.cameBack());
        assertEquals(new Change(Trend.WORSE, "Up 1 from 1 in Feb 2 – Feb 23, 2025: worse", "up 1"), view.cameBackChange());
        List<FailureFigures.RecurringFailure> listed = summary.of(new ImpactFilter(project, 4), NOW).recurring();
        assertEquals(List.of("AssertionError: f7 2", "AssertionError: f4 1"),
                listed.stream().map(f -> f.title() + " " + f.timesInPeriod()).toList());
    }

    @Test
    void timeToRecoveryAgainstThePreviousPeriod() {
        Headlines.View view = view();
        assertEquals(Duration.ofHours(3), view.recovery().median());
        assertEquals(new Change(Trend.BETTER, "2 h 0 min faster than 5 h 0 min in Feb 2 – Feb 23, 2025: better",
                "2 h 0 min faster"), view.recoveryChange());
        Headlines.View thisWeek = summary.of(new ImpactFilter(project, 1), NOW).headlines();
        // the period of 1 week is this week so far (12 hours), compared with the 12 hours before it
        assertEquals(new Change(Trend.NOT_COMPARED, "None in Mar 16, 2025 either", "not compared"),
                thisWeek.recoveryChange(), "no fix was verified this week so far, nor in the 12 hours before");
    }

    private Headlines.View view() {
        return summary.of(new ImpactFilter(project, 4), NOW).headlines();
    }

    private static void recovered(Project project, String name, String firstSeen, int hours) {
        Failure failure = failure(project, name, Severity.MEDIUM, firstSeen, FailureStatus.RESOLVED);
        failure.resolvedAt = Instant.parse(firstSeen).plus(Duration.ofHours(hours));
        Fix fix = ImpactTestRecords.fix(ImpactTestRecords.analysis(project, failure, null, AnalysisStatus.VERIFIED, firstSeen),
                "Fix " + name, FixStatus.VERIFIED, firstSeen);
        fix.verifiedAt = failure.resolvedAt;
    }
}
