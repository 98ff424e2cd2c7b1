package dev.fivewhys.impact.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

import io.quarkus.qute.RawString;

/**
 * Values over a row of days (the ends of weeks), one line per series. Where the labels are thinned out to fit, the
 * labels shown still name the year where it changes. A missing value (null) leaves a gap instead of
 * pretending to be zero. Each series has its own colour and dash pattern, so lines are told apart without colour.
 */
public final class LineChart {

    static final String[] COLOURS = { "#2457c5", "#b54708", "#067647", "#b42318", "#6941c6" };
    static final String[] DASHES = { "", "7 4", "2 3", "9 3 2 3", "4 4" };

    /** One named line; values line up with the chart's labels. */
    public record Series(String name, List<Double> values) {
    }

    private final ChartText text;
    private final List<LocalDate> days;
    private final List<String> labels;
    private final List<Series> series;
    private final DoubleFunction<Axis> axisFor;
    private final DoubleFunction<String> valueText;

    /**
     * @param axisFor the axis for the largest value, e.g. {@link Axis#money}
     * @param valueText how a value reads in a point's tooltip
     */
    public LineChart(ChartText text, List<LocalDate> days, List<Series> series, DoubleFunction<Axis> axisFor,
            DoubleFunction<String> valueText) {
        this.text = text;
        this.days = List.copyOf(days);
        this.labels = DateLabels.of(days);
        this.series = List.copyOf(series);
        this.axisFor = axisFor;
        this.valueText = valueText;
    }

    /** No series, or no value in any: the page shows the empty state instead of empty axes. */
    public boolean isEmpty() {
        return labels.isEmpty() || series.stream().flatMap(s -> s.values().stream()).noneMatch(Objects::nonNull);
    }

    /** The chart for the page: drawn for wide and narrow screens, or its empty state. */
    public RawString html() {
        return Charts.html(isEmpty(), text, this::draw);
    }

    String draw(Svg.Frame frame) {
        Svg svg = new Svg(frame, text.id(), text.title(), text.description());
        List<Plot.LegendEntry> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new Plot.LegendEntry(series.get(s).name(), colour(s), dash(s), false));
        }
        double legendBottom = Plot.legend(svg, legend);
        double max = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        Axis axis = axisFor.apply(max);
        double labelWidth = labels.stream().mapToDouble(frame::textWidth).max().orElse(0);
        // the dates below the plot keep clear of the points on its zero line
        Plot plot = new Plot(Plot.leftOf(svg, axis), legendBottom + frame.font() * 0.6, frame.width() - Plot.PADDING,
                frame.height() - Plot.PADDING - frame.font() * 1.8, axis);
        plot.grid(svg);

        int n = labels.size();
        // points keep half a label's width from the edges, so the first and last labels stay inside the drawing
        double inset = Math.min(labelWidth / 2, plot.width() / 4);
        double spacing = n <= 1 ? 0 : (plot.width() - 2 * inset) / (n - 1);
        int every = n <= 1 ? 1 : (int) Math.ceil((labelWidth + frame.font()) / spacing);
        double[] xs = new double[n];
        List<Integer> labelled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? plot.left() + plot.width() / 2 : plot.left() + inset + i * spacing;
            // counted from the latest point, which is always labelled
            if ((n - 1 - i) % every == 0) {
                labelled.add(i);
            }
        }
        List<String> shown = DateLabels.of(labelled.stream().map(days::get).toList());
        for (int l = 0; l < labelled.size(); l++) {
            svg.text(xs[labelled.get(l)], frame.height() - Plot.PADDING - frame.font() * 0.2, "middle", shown.get(l),
                    "fill=\"" + Plot.INK + "\"");
        }
        for (int s = 0; s < series.size(); s++) {
            drawSeries(svg, plot, xs, s);
        }
        return svg.close();
    }

    private void drawSeries(Svg svg, Plot plot, double[] xs, int s) {
        List<Double> values = series.get(s).values();
        List<String> segment = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            Double value = i < values.size() && i < xs.length ? values.get(i) : null;
            if (value == null) {
                if (segment.size() > 1) {
                    svg.polyline(String.join(" ", segment), colour(s), dash(s));
                }
                segment.clear();
                continue;
            }
            segment.add(Svg.point(xs[i], plot.y(value)));
            svg.circle(xs[i], plot.y(value), 3.5, colour(s),
                    series.get(s).name() + ", " + labels.get(i) + ": " + valueText.apply(value));
        }
    }

    private static String colour(int s) {
        return COLOURS[s % COLOURS.length];
    }

    private static String dash(int s) {
        return DASHES[s % DASHES.length];
    }
}
