package dev.fivewhys.impact;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.failure.Severity;
import dev.fivewhys.impact.FailureFigures.RecurringFailure;
import dev.fivewhys.impact.RevenueAtRisk.ProjectRisk;
import dev.fivewhys.impact.RevenueAtRisk.WeekRisk;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.qute.RawString;

/** Everything the impact page and its markdown export show, gathered once per request. */
@ApplicationScoped
public class ImpactSummary {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MMM d");

    @Inject
    RevenueAtRisk revenue;
    @Inject
    FailureFigures failures;

    /** A (currency, basis) total across the projects shown. */
    public record Total(Money money, long sessions) {
    }

    /** One line of the trend table: the week's end and the amount per kind of money. */
    public record TrendRow(String week, List<String> amounts) {
    }

    public record View(ImpactFilter filter, Instant now, List<ProjectRisk> riskByProject, List<Total> totals,
            List<String> trendKinds, List<TrendRow> trend, RawString trendChart, Map<Severity, Long> openBySeverity,
            long openFailures, List<RecurringFailure> recurring) {
    }

    public View of(ImpactFilter filter, Instant now) {
        ZoneId zone = TimeFormat.zone();
        Instant start = filter.periodStart(now, zone);
        List<ProjectRisk> risks = revenue.now(filter, now);
        Map<String, Total> totals = new LinkedHashMap<>();
        for (ProjectRisk risk : risks) {
            String kind = kind(risk.money());
            Total sum = totals.get(kind);
            totals.put(kind, sum == null ? new Total(risk.money(), risk.sessions())
                    : new Total(new Money(sum.money().amountMinor() + risk.money().amountMinor(), risk.money().currency(),
                            risk.money().basis()), sum.sessions() + risk.sessions()));
        }

        List<WeekRisk> weeks = revenue.byWeek(filter, start, now);
        List<Instant> weekEnds = weeks.stream().map(WeekRisk::weekEnd).distinct().sorted().toList();
        List<Instant> allWeeks = new ArrayList<>();
        for (Instant w = start.plus(java.time.Duration.ofDays(7)); !w.isAfter(now.plus(java.time.Duration.ofDays(7))); w = w
                .plus(java.time.Duration.ofDays(7))) {
            allWeeks.add(w);
        }
        if (allWeeks.isEmpty()) {
            allWeeks.addAll(weekEnds);
        }
        List<String> kinds = weeks.stream().map(w -> kind(w.money())).distinct().sorted().toList();
        List<Charts.Series> series = new ArrayList<>();
        List<TrendRow> rows = new ArrayList<>();
        Map<String, Map<Instant, Money>> byKind = new LinkedHashMap<>();
        for (WeekRisk w : weeks) {
            byKind.computeIfAbsent(kind(w.money()), k -> new LinkedHashMap<>()).put(w.weekEnd(), w.money());
        }
        for (String kind : kinds) {
            series.add(new Charts.Series(kind, allWeeks.stream()
                    .map(w -> byKind.get(kind).containsKey(w) ? byKind.get(kind).get(w).amountMinor() / 100.0 : 0.0)
                    .toList()));
        }
        List<String> labels = allWeeks.stream().map(w -> WEEK.format(w.minusSeconds(1).atZone(zone))).toList();
        for (int i = 0; i < allWeeks.size(); i++) {
            Instant w = allWeeks.get(i);
            rows.add(new TrendRow(labels.get(i), kinds.stream()
                    .map(k -> byKind.get(k).containsKey(w) ? byKind.get(k).get(w).display() : "—").toList()));
        }
        RawString chart = Charts.line("Revenue at risk by week",
                "Revenue at risk at the end of each of the last " + filter.weeks() + " weeks, one line per currency and "
                        + "MRR or ARR; the same figures are in the table below.",
                labels, series, v -> compact(v));

        Map<Severity, Long> open = failures.openBySeverity(filter);
        return new View(filter, now, risks, List.copyOf(totals.values()), kinds, rows, chart, open,
                open.values().stream().mapToLong(Long::longValue).sum(), failures.recurring(filter, start));
    }

    static String kind(Money money) {
        return money.currency() + " " + money.basis();
    }

    /** 550000 -> "550K", for axis labels. */
    static String compact(double value) {
        if (value >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1fM", value / 1_000_000).replace(".0M", "M");
        }
        if (value >= 1_000) {
            return String.format(java.util.Locale.ROOT, "%.0fK", value / 1_000);
        }
        return String.format(java.util.Locale.ROOT, "%.0f", value);
    }
}
