package dev.fivewhys.impact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.impact.RecoveryFigures.WeekRecovery;
import dev.fivewhys.impact.RevenueAtRisk.WeekRisk;
import dev.fivewhys.impact.chart.Axis;
import dev.fivewhys.impact.chart.ChartText;
import dev.fivewhys.impact.chart.DateLabels;
import dev.fivewhys.impact.chart.LineChart;
import dev.fivewhys.impact.chart.Numbers;
import io.quarkus.qute.RawString;

/** The weekly trends of the period: revenue at risk and time to recovery, each as a table and a chart. */
@ApplicationScoped
public class Trends {

    private static final Duration ONE_WEEK = Duration.ofDays(7);

    /** One line of a trend table: the week and one value per column. */
    public record Row(String week, List<String> values) {
    }

    /** A trend's table (columns, rows) and its chart. */
    public record Trend(List<String> columns, List<Row> rows, RawString chart) {
    }

    public record View(Trend risk, Trend recovery) {
    }

    /** The end of each week of the period, the last one after the period's end. */
    public static List<Instant> weekEnds(Period period) {
        List<Instant> weekEnds = new ArrayList<>();
        for (Instant end = period.from().plus(ONE_WEEK); !end.isAfter(period.to().plus(ONE_WEEK)); end = end.plus(ONE_WEEK)) {
            weekEnds.add(end);
        }
        return weekEnds;
    }

    /**
     * @param risk revenue at risk at each of the {@link #weekEnds}
     * @param recovery time to recovery per week since the period's start
     */
    public View of(Period period, List<WeekRisk> risk, List<WeekRecovery> recovery, ZoneId zone) {
        List<Instant> weekEnds = weekEnds(period);
        // a week ends on Sunday: the last day before the end instant
        List<LocalDate> days = weekEnds.stream().map(end -> end.minusSeconds(1).atZone(zone).toLocalDate()).toList();
        return new View(risk(risk, weekEnds, days), recovery(recovery, days));
    }

    private static Trend risk(List<WeekRisk> risk, List<Instant> weekEnds, List<LocalDate> days) {
        Map<String, List<Double>> values = new TreeMap<>();
        Map<String, List<String>> cells = new TreeMap<>();
        for (WeekRisk week : risk) {
            int index = weekEnds.indexOf(week.weekEnd());
            if (index >= 0) {
                String kind = week.money().kind();
                values.computeIfAbsent(kind, k -> filled(days.size(), 0.0)).set(index, week.money().major());
                cells.computeIfAbsent(kind, k -> filled(days.size(), "—")).set(index, week.money().display());
            }
        }
        List<String> kinds = List.copyOf(values.keySet());
        LineChart chart = new LineChart(new ChartText("risk-trend", "Revenue at risk by week",
                "Revenue at risk at the end of each week of the period, one line per currency and MRR or ARR; "
                        + "the same figures are in the table below.",
                "Nothing was at risk in this period."), days,
                kinds.stream().map(k -> new LineChart.Series(k, values.get(k))).toList(), Axis::money,
                Numbers::grouped);
        return new Trend(kinds, rows(days, kinds, cells), chart.html());
    }

    private static Trend recovery(List<WeekRecovery> recovery, List<LocalDate> days) {
        List<Double> medians = filled(days.size(), null);
        List<String> cells = filled(days.size(), "—");
        for (WeekRecovery week : recovery) {
            if (week.week() >= 0 && week.week() < days.size()) {
                medians.set(week.week(), (double) week.median().toSeconds());
                cells.set(week.week(), Durations.display(week.median()) + " (" + week.failures() + ")");
            }
        }
        LineChart chart = new LineChart(new ChartText("recovery-trend", "Time to recovery by week",
                "Median time from a failure's first sighting to its verified fix, by week of verification; weeks "
                        + "without a verified fix are left out.",
                "No fix was verified in this period, so there is no recovery time to chart."), days,
                List.of(new LineChart.Series("Median time to recovery", medians)), Axis::duration,
                v -> Durations.display(Duration.ofSeconds((long) v)));
        return new Trend(List.of("Median (failures)"), rows(days, List.of("median"), Map.of("median", cells)),
                chart.html());
    }

    private static List<Row> rows(List<LocalDate> days, List<String> columns, Map<String, List<String>> cells) {
        List<String> labels = DateLabels.of(days);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int week = i;
            rows.add(new Row(labels.get(i), columns.stream().map(c -> cells.get(c).get(week)).toList()));
        }
        return rows;
    }

    private static <T> List<T> filled(int size, T value) {
        return new ArrayList<>(Collections.nCopies(size, value));
    }
}
