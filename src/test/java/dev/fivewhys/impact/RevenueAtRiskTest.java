package dev.fivewhys.impact;

import static dev.fivewhys.impact.ImpactTestRecords.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.project.Project;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Revenue at risk on a small data set worked out by hand (now = Monday 2025-01-20 12:00 UTC):
 * S1 $100K MRR from Jan 6, continued by S2 $120K MRR from Jan 15; S3 $500K ARR from Jan 8;
 * S4 $50K MRR from Jan 7, passed Jan 9; S5 €30K MRR from Jan 10.
 */
@QuarkusTest
class RevenueAtRiskTest {

    static final Instant NOW = Instant.parse("2025-01-20T12:00:00Z");
    static long project;

    @Inject
    ImpactSummary summary;

    @BeforeAll
    static void sessions() {
        project = Fixtures.project("impact-calc").id;
        QuarkusTransaction.requiringNew().run(() -> {
            Project p = Project.findById(project);
            TestSession s1 = session(p, "S1", "2025-01-06T10:00:00Z", SessionStatus.RUNNING, 10_000_000, "USD",
                    ImpactBasis.MRR);
            session(p, "S2", "2025-01-15T10:00:00Z", SessionStatus.RUNNING, 12_000_000, "USD", ImpactBasis.MRR).continues = s1;
            session(p, "S3", "2025-01-08T10:00:00Z", SessionStatus.BLOCKED, 50_000_000, "USD", ImpactBasis.ARR);
            TestSession s4 = session(p, "S4", "2025-01-07T10:00:00Z", SessionStatus.PASSED, 5_000_000, "USD", ImpactBasis.MRR);
            s4.endedAt = Instant.parse("2025-01-09T10:00:00Z");
            session(p, "S5", "2025-01-10T10:00:00Z", SessionStatus.FAILED, 3_000_000, "EUR", ImpactBasis.MRR);
        });
    }

    @Test
    void nowCountsOnlyTheNewestSessionOfAChainAndKeepsKindsApart() {
        ImpactSummary.View view = summary.of(new ImpactFilter(project, 3), NOW);
        assertEquals(List.of("$120,000 MRR", "$500,000 ARR", "€30,000 MRR"),
                view.headlines().risk().stream().map(t -> t.money().display()).sorted().toList());
        assertEquals(3, view.headlines().risk().stream().mapToLong(Headlines.Risk::sessions).sum(),
                "S2, S3 and S5 are the open heads of their chains");
    }

    @Test
    void eachWeekCountsWhatWasAtRiskAtItsEnd() {
        ImpactSummary.View view = summary.of(new ImpactFilter(project, 3), NOW);
        Trends.Trend trend = view.trends().risk();
        assertEquals(List.of("EUR MRR", "USD ARR", "USD MRR"), trend.columns());
        assertEquals(List.of("Jan 12", "Jan 19", "Jan 26"), trend.rows().stream().map(Trends.Row::week).toList());
        // Week ending Jan 12: S1 not yet continued, S4 already passed; then S2 replaces S1.
        assertEquals(List.of("€30,000 MRR", "$500,000 ARR", "$100,000 MRR"), trend.rows().get(0).values());
        assertEquals(List.of("€30,000 MRR", "$500,000 ARR", "$120,000 MRR"), trend.rows().get(1).values());
        assertEquals(List.of("€30,000 MRR", "$500,000 ARR", "$120,000 MRR"), trend.rows().get(2).values());
    }
}
