package dev.fivewhys.impact;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.impact.FailureFigures.RecurringFailure;
import dev.fivewhys.impact.FixesInFlight.FixInFlight;
import dev.fivewhys.impact.FixesInFlight.RootCause;
import dev.fivewhys.impact.RevenueAtRisk.ProjectRisk;
import dev.fivewhys.impact.attention.NeedsAttention;
import dev.fivewhys.impact.chart.ChartText;
import dev.fivewhys.impact.chart.ParetoChart;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.qute.RawString;

/** Everything the impact page and its markdown export show, gathered once per request. */
@ApplicationScoped
public class ImpactSummary {

    @Inject
    RevenueAtRisk revenue;
    @Inject
    RecoveryFigures recovery;
    @Inject
    FailureFigures failures;
    @Inject
    FixesInFlight fixes;
    @Inject
    Headlines headlines;
    @Inject
    Trends trends;
    @Inject
    NeedsAttention attention;
    @Inject
    PreventionByCategory prevention;

    /**
     * @param period "Feb 24 – Mar 17, 2025": what the figures cover
     */
    public record View(ImpactFilter filter, Instant now, String period, NeedsAttention.View attention,
            Headlines.View headlines, List<ProjectRisk> riskByProject, Trends.View trends, List<RootCause> rootCauses,
            RawString rootCauseChart, List<FixInFlight> fixesInFlight, List<RecurringFailure> recurring,
            List<PreventionByCategory.CategoryPrevention> prevention) {
    }

    public View of(ImpactFilter filter, Instant now) {
        ZoneId zone = TimeFormat.zone();
        Period period = filter.period(now, zone);
        List<ProjectRisk> risks = revenue.now(filter, now);
        List<RootCause> causes = fixes.rootCauses(filter, period.from());
        RawString pareto = new ParetoChart(new ChartText("root-causes", "Root causes",
                "Analyses of the period by root-cause category, most frequent first, with the cumulative share; the "
                        + "same figures are in the table below.",
                "No analysis in this period."), causes.stream().map(RootCause::category).toList(),
                causes.stream().map(RootCause::analyses).toList()).html();
        // the period's start and each week's end in one statement, time to recovery in another
        RevenueAtRisk.History riskHistory = revenue.history(filter, period.from(), Trends.weekEnds(period).size());
        RecoveryFigures.History recovered = recovery.of(filter, period);
        return new View(filter, now, period.display(zone), attention.of(filter, now),
                headlines.of(filter, period, risks, riskHistory.atStart(), recovered, zone), risks,
                trends.of(period, riskHistory.weeks(), recovered.weeks(), zone), causes, pareto,
                fixes.list(filter), failures.recurring(filter, period), prevention.of(filter));
    }
}
