package dev.fivewhys.impact;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.RawString;

/**
 * Charts drawn on the server as SVG: readable without JavaScript, printable, and each with a title and
 * a description for screen readers (the page also shows the numbers as a table).
 */
public final class Charts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final String[] COLOURS = { "#2457c5", "#b54708", "#067647", "#b42318", "#6941c6" };

    private Charts() {
    }

    /** One named line of a line chart. */
    public record Series(String name, List<Double> values) {
    }

    /** A line chart over labelled points (weeks), one line per series. */
    public static RawString line(String title, String description, List<String> labels, List<Series> series,
            java.util.function.DoubleFunction<String> axisFormat) {
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double top = niceCeiling(max);
        StringBuilder svg = open(title, description);
        axes(svg, top, axisFormat);
        int n = labels.size();
        for (int i = 0; i < n; i++) {
            if (n <= 12 || i % Math.ceil(n / 12.0) == 0) {
                svg.append(text(x(i, n), HEIGHT - BOTTOM + 16, "middle", labels.get(i)));
            }
        }
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder points = new StringBuilder();
            List<Double> values = series.get(s).values();
            for (int i = 0; i < values.size(); i++) {
                points.append(fmt(x(i, n))).append(',').append(fmt(y(values.get(i), top))).append(' ');
                svg.append("<circle cx=\"").append(fmt(x(i, n))).append("\" cy=\"").append(fmt(y(values.get(i), top)))
                        .append("\" r=\"3\" fill=\"").append(colour).append("\"><title>").append(escape(series.get(s).name()))
                        .append(", ").append(escape(labels.get(i))).append(": ").append(escape(axisFormat.apply(values.get(i))))
                        .append("</title></circle>");
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                    .append(points.toString().trim()).append("\"/>");
            svg.append(text(LEFT + 8 + s * 150, TOP + 4, "start", "● " + series.get(s).name())
                    .replace("<text ", "<text fill=\"" + colour + "\" "));
        }
        return close(svg);
    }

    /** A Pareto chart: bars sorted by count, with the cumulative share as a line. */
    public static RawString pareto(String title, String description, List<String> labels, List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        // Counts: at least four whole steps, so the axis never repeats a number.
        double top = Math.max(niceCeiling(counts.stream().mapToLong(Long::longValue).max().orElse(0)), 4);
        StringBuilder svg = open(title, description);
        axes(svg, top, v -> Long.toString(Math.round(v)));
        int n = labels.size();
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(n, 1);
        StringBuilder cumulative = new StringBuilder();
        long running = 0;
        for (int i = 0; i < n; i++) {
            double x0 = LEFT + i * slot + slot * 0.15;
            double barTop = y(counts.get(i), top);
            svg.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(fmt(barTop)).append("\" width=\"")
                    .append(fmt(slot * 0.7)).append("\" height=\"").append(fmt(HEIGHT - BOTTOM - barTop))
                    .append("\" fill=\"#2457c5\"><title>").append(escape(labels.get(i))).append(": ").append(counts.get(i))
                    .append("</title></rect>");
            svg.append(text(x0 + slot * 0.35, HEIGHT - BOTTOM + 16, "middle", shorten(labels.get(i), (int) (slot / 7))));
            running += counts.get(i);
            double share = total == 0 ? 0 : running / (double) total;
            cumulative.append(fmt(x0 + slot * 0.35)).append(',').append(fmt(TOP + (1 - share) * (HEIGHT - BOTTOM - TOP)))
                    .append(' ');
        }
        if (n > 0) {
            svg.append("<polyline fill=\"none\" stroke=\"#b54708\" stroke-width=\"2\" points=\"")
                    .append(cumulative.toString().trim()).append("\"><title>Cumulative share</title></polyline>");
            svg.append(text(WIDTH - RIGHT, TOP + 4, "end", "— cumulative %").replace("<text ", "<text fill=\"#b54708\" "));
        }
        return close(svg);
    }

    private static StringBuilder open(String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"t d\" font-size=\"11\" font-family=\"system-ui, sans-serif\">");
        svg.append("<title>").append(escape(title)).append("</title><desc>").append(escape(description)).append("</desc>");
        return svg;
    }

    private static RawString close(StringBuilder svg) {
        return new RawString(svg.append("</svg>").toString());
    }

    private static void axes(StringBuilder svg, double top, java.util.function.DoubleFunction<String> format) {
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = y(value, top);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d9dee7\"/>");
            svg.append(text(LEFT - 6, y + 4, "end", format.apply(value)));
        }
    }

    private static double x(int i, int n) {
        return n <= 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0 : LEFT + i * (WIDTH - LEFT - RIGHT) / (double) (n - 1);
    }

    private static double y(double value, double top) {
        return HEIGHT - BOTTOM - (top == 0 ? 0 : value / top) * (HEIGHT - BOTTOM - TOP);
    }

    /** 1, 2 or 5 times a power of ten, at least the maximum. */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] { 1, 2, 5, 10 }) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>";
    }

    private static String shorten(String label, int max) {
        return label.length() <= Math.max(max, 4) ? label : label.substring(0, Math.max(max, 4) - 1) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
