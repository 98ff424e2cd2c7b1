package dev.fivewhys.impact.chart;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.RawString;

/**
 * A Pareto chart: a bar per category, most frequent first, on a count axis of whole steps, and the cumulative share
 * as a line on its own 0–100% axis on the right. Category names that do not fit under their bar are slanted and cut,
 * with the full name in the bar's tooltip (and in the table beside the chart).
 */
public final class ParetoChart {

    private static final String BAR = "#2457c5";
    private static final String SHARE = "#b54708";
    private static final String SHARE_DASH = "7 4";
    private static final double SLANT_DEGREES = 40;
    /** A lone category is a bar, not a wall. */
    private static final double MAX_BAR_WIDTH = 90;

    private final ChartText text;
    private final List<String> categories;
    private final List<Long> counts;

    public ParetoChart(ChartText text, List<String> categories, List<Long> counts) {
        if (categories.size() != counts.size()) {
            throw new IllegalArgumentException("one count per category");
        }
        this.text = text;
        this.categories = List.copyOf(categories);
        this.counts = List.copyOf(counts);
    }

    public boolean isEmpty() {
        return counts.stream().mapToLong(Long::longValue).sum() == 0;
    }

    /** The chart for the page: drawn for wide and narrow screens, or its empty state. */
    public RawString html() {
        return Charts.html(isEmpty(), text, this::draw);
    }

    String draw(Svg.Frame frame) {
        Svg svg = new Svg(frame, text.id(), text.title(), text.description());
        double legendBottom = Plot.legend(svg, List.of(new Plot.LegendEntry("Analyses", BAR, "", true),
                new Plot.LegendEntry("Cumulative share", SHARE, SHARE_DASH, false)));
        Axis axis = Axis.counts(counts.stream().mapToLong(Long::longValue).max().orElse(0));
        double right = frame.width() - Plot.PADDING - frame.textWidth("100%") - 6;
        double left = Plot.leftOf(svg, axis);
        int n = categories.size();
        double slot = (right - left) / Math.max(n, 1);
        double widest = categories.stream().mapToDouble(frame::textWidth).max().orElse(0);
        boolean slanted = widest > slot - 6;
        double labelWidth = slanted ? Math.min(widest, frame.width() * 0.24) : slot - 6;
        double labelBand = slanted ? labelWidth * Math.sin(Math.toRadians(SLANT_DEGREES)) + frame.font() * 1.5
                : frame.lineHeight();
        Plot plot = new Plot(left, legendBottom + frame.font() * 0.6, right, frame.height() - Plot.PADDING - labelBand,
                axis);
        plot.grid(svg);
        for (int percent = 0; percent <= 100; percent += 50) {
            svg.text(right + 6, share(plot, percent / 100.0) + frame.font() * 0.35, "start", percent + "%",
                    "fill=\"" + SHARE + "\"");
        }

        long total = counts.stream().mapToLong(Long::longValue).sum();
        long running = 0;
        List<String> cumulative = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double middle = left + slot * (i + 0.5);
            long count = counts.get(i);
            running += count;
            double shareOfAll = total == 0 ? 0 : running / (double) total;
            double barWidth = Math.min(slot * 0.6, MAX_BAR_WIDTH);
            svg.rect(middle - barWidth / 2, plot.y(count), barWidth, plot.bottom() - plot.y(count), BAR,
                    categories.get(i) + ": " + count);
            cumulative.add(Svg.point(middle, share(plot, shareOfAll)));
            String label = svg.fit(categories.get(i), labelWidth);
            double labelY = plot.bottom() + frame.font() * 1.2;
            svg.text(middle, labelY, slanted ? "end" : "middle", label, "fill=\"" + Plot.INK + "\"" + (slanted
                    ? " transform=\"rotate(-" + (int) SLANT_DEGREES + " " + Svg.n(middle) + " " + Svg.n(labelY) + ")\""
                    : ""));
        }
        if (n > 0) {
            svg.polyline(String.join(" ", cumulative), SHARE, SHARE_DASH);
            running = 0;
            for (int i = 0; i < n; i++) {
                running += counts.get(i);
                double shareOfAll = total == 0 ? 0 : running / (double) total;
                svg.circle(left + slot * (i + 0.5), share(plot, shareOfAll), 3.5, SHARE, categories.get(i) + ": "
                        + Numbers.whole(shareOfAll * 100) + "% of analyses cumulative");
            }
        }
        return svg.close();
    }

    private static double share(Plot plot, double share) {
        return plot.bottom() - share * (plot.bottom() - plot.top());
    }
}
