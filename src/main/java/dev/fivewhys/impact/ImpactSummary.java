package dev.fivewhys.impact;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.impact.FailureFigures.RecurringFailure;
import dev.fivewhys.impact.FixesInFlight.FixInFlight;
import dev.fivewhys.impact.FixesInFlight.RootCause;
import dev.fivewhys.impact.RecoveryFigures.Recovery;
import dev.fivewhys.impact.RecoveryFigures.WeekRecovery;
import dev.fivewhys.impact.RevenueAtRisk.ProjectRisk;
import dev.fivewhys.impact.RevenueAtRisk.WeekRisk;
import dev.fivewhys.project.Severity;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.qute.RawString;

/** Everything the impact page and its markdown export show, gathered once per request. */
@ApplicationScoped
public class ImpactSummary {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final Duration ONE_WEEK = Duration.ofDays(7);

    @Inject
    RevenueAtRisk revenue;
    @Inject
    FailureFigures failures;
    @Inject
    RecoveryFigures recovery;
    @Inject
    FixesInFlight fixes;

    /** A (currency, basis) total across the projects shown. */
    public record Total(Money money, long sessions) {
    }

    /** One line of a trend table: the week and one value per column. */
    public record TrendRow(String week, List<String> values) {
    }

    public record View(ImpactFilter filter, Instant now, List<ProjectRisk> riskByProject, List<Total> totals,
            List<String> trendKinds, List<TrendRow> trend, RawString trendChart, Map<Severity, Long> openBySeverity,
            long openFailures, List<RecurringFailure> recurring, Recovery recovery, List<TrendRow> recoveryTrend,
            RawString recoveryChart, List<RootCause> rootCauses, RawString rootCauseChart, List<FixInFlight> fixesInFlight) {

        public String recoveryMedian() {
            return RecoveryFigures.display(recovery.median());
        }

        public String recoveryP90() {
            return RecoveryFigures.display(recovery.p90());
        }
    }

    public View of(ImpactFilter filter, Instant now) {
        ZoneId zone = TimeFormat.zone();
        Instant start = filter.periodStart(now, zone);
        List<Instant> weekEnds = new ArrayList<>();
        for (Instant end = start.plus(ONE_WEEK); !end.isAfter(now.plus(ONE_WEEK)); end = end.plus(ONE_WEEK)) {
            weekEnds.add(end);
        }
        List<String> labels = weekEnds.stream().map(end -> WEEK.format(end.minusSeconds(1).atZone(zone))).toList();

        List<ProjectRisk> risks = revenue.now(filter, now);
        Map<String, List<Double>> riskSeries = new LinkedHashMap<>();
        Map<String, List<String>> riskCells = new LinkedHashMap<>();
        for (WeekRisk week : revenue.byWeek(filter, start, weekEnds.size())) {
            String kind = kind(week.money());
            int index = weekEnds.indexOf(week.weekEnd());
            if (index < 0) {
                continue;
            }
            riskSeries.computeIfAbsent(kind, k -> zeros(weekEnds.size(), 0.0)).set(index, week.money().amountMinor() / 100.0);
            riskCells.computeIfAbsent(kind, k -> zeros(weekEnds.size(), "—")).set(index, week.money().display());
        }
        List<String> kinds = riskSeries.keySet().stream().sorted().toList();
        RawString riskChart = Charts.line("Revenue at risk by week",
                "Revenue at risk at the end of each of the last " + filter.weeks()
                        + " weeks, one line per currency and MRR or ARR; the same figures are in the table below.",
                labels, kinds.stream().map(k -> new Charts.Series(k, riskSeries.get(k))).toList(), ImpactSummary::compact);

        List<Double> medians = zeros(weekEnds.size(), 0.0);
        List<String> medianCells = zeros(weekEnds.size(), "—");
        for (WeekRecovery week : recovery.byWeek(filter, start)) {
            if (week.week() < weekEnds.size()) {
                medians.set(week.week(), week.median().toMinutes() / 60.0);
                medianCells.set(week.week(), RecoveryFigures.display(week.median()) + " (" + week.failures() + ")");
            }
        }
        RawString recoveryChart = Charts.line("Time to recovery by week",
                "Median hours from a failure's first sighting to its verified fix, by week of verification.", labels,
                List.of(new Charts.Series("median hours", medians)),
                v -> String.format(Locale.ROOT, v < 10 && v != Math.rint(v) ? "%.1f h" : "%.0f h", v));

        List<RootCause> causes = fixes.rootCauses(filter, start);
        RawString pareto = Charts.pareto("Root causes",
                "Analyses of the period by root-cause category, most frequent first, with the cumulative share.",
                causes.stream().map(RootCause::category).toList(), causes.stream().map(RootCause::analyses).toList());

        Map<Severity, Long> open = failures.openBySeverity(filter);
        return new View(filter, now, risks, totals(risks), kinds, rows(labels, kinds, riskCells), riskChart, open,
                open.values().stream().mapToLong(Long::longValue).sum(), failures.recurring(filter, start),
                recovery.overall(filter, start), rows(labels, List.of("median"), Map.of("median", medianCells)),
                recoveryChart, causes, pareto, fixes.list(filter));
    }

    private static List<Total> totals(List<ProjectRisk> risks) {
        Map<String, Total> totals = new LinkedHashMap<>();
        for (ProjectRisk risk : risks) {
            totals.merge(kind(risk.money()), new Total(risk.money(), risk.sessions()),
                    (a, b) -> new Total(new Money(a.money().amountMinor() + b.money().amountMinor(), a.money().currency(),
                            a.money().basis()), a.sessions() + b.sessions()));
        }
        return List.copyOf(totals.values());
    }

    private static List<TrendRow> rows(List<String> labels, List<String> columns, Map<String, List<String>> cells) {
        List<TrendRow> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int week = i;
            rows.add(new TrendRow(labels.get(i), columns.stream().map(c -> cells.get(c).get(week)).toList()));
        }
        return rows;
    }

    private static <T> List<T> zeros(int size, T value) {
        return new ArrayList<>(java.util.Collections.nCopies(size, value));
    }

    static String kind(Money money) {
        return money.currency() + " " + money.basis();
    }

    /** 550000 -> "550K", for axis labels. */
    static String compact(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", value / 1_000_000).replace(".0M", "M");
        }
        if (value >= 1_000) {
            return String.format(Locale.ROOT, "%.0fK", value / 1_000);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
