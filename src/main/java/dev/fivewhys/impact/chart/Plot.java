package dev.fivewhys.impact.chart;

import java.util.List;

/**
 * The area inside a chart's axes and how values map onto it. Gridlines and bars use the same mapping, so a bar of a
 * tick's value ends exactly on that tick's line.
 */
record Plot(double left, double top, double right, double bottom, Axis axis) {

    static final double PADDING = 8;
    static final String GRID = "#d9dee7";
    static final String INK = "#1d2433";

    double y(double value) {
        return bottom - value / axis.top() * (bottom - top);
    }

    double width() {
        return right - left;
    }

    /** The left edge of a plot whose axis labels are right-aligned just before it. */
    static double leftOf(Svg svg, Axis axis) {
        double widest = axis.ticks().stream().mapToDouble(t -> svg.frame.textWidth(t.label())).max().orElse(0);
        return PADDING + widest + 6;
    }

    /** Horizontal gridlines at every tick, labelled on the left. */
    void grid(Svg svg) {
        for (Axis.Tick tick : axis.ticks()) {
            double y = y(tick.value());
            svg.line(left, y, right, y, "stroke=\"" + GRID + "\"");
            svg.text(left - 6, y + svg.frame.font() * 0.35, "end", tick.label(), "fill=\"" + INK + "\"");
        }
    }

    /** One legend entry: a swatch (a bar, or a line with its dash pattern) and a name. */
    record LegendEntry(String name, String colour, String dash, boolean bar) {
    }

    /**
     * Draws the legend in rows above the plot, wrapping when a row is full, and returns where the plot may start: the
     * legend has its own band, so it never covers data.
     */
    static double legend(Svg svg, List<LegendEntry> entries) {
        Svg.Frame frame = svg.frame;
        double x = PADDING;
        double y = PADDING + frame.font();
        for (LegendEntry entry : entries) {
            double width = 22 + frame.textWidth(entry.name());
            if (x > PADDING && x + width > frame.width() - PADDING) {
                x = PADDING;
                y += frame.lineHeight();
            }
            double middle = y - frame.font() * 0.35;
            if (entry.bar()) {
                svg.rect(x, middle - 5, 14, 10, entry.colour(), entry.name());
            } else {
                svg.line(x, middle, x + 14, middle, "stroke=\"" + entry.colour() + "\" stroke-width=\"2\""
                        + (entry.dash().isEmpty() ? "" : " stroke-dasharray=\"" + entry.dash() + "\""));
            }
            svg.text(x + 18, y, "start", svg.fit(entry.name(), frame.width() - 2 * PADDING - 18), "fill=\"" + INK + "\"");
            x += width + 14;
        }
        return y + frame.lineHeight() * 0.6;
    }
}
