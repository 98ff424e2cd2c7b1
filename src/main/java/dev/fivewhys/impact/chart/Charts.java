package dev.fivewhys.impact.chart;

import java.util.function.Function;

import io.quarkus.qute.RawString;

/**
 * Charts are drawn on the server as SVG: readable without JavaScript, printable, each with a title and a description
 * for screen readers (the page also shows the numbers in a table). Each chart is drawn twice, for a wide screen and for
 * a phone, so its labels stay legible at either size; the stylesheet shows the one that fits.
 */
final class Charts {

    static final Svg.Frame WIDE = new Svg.Frame("wide", 720, 270, 12);
    static final Svg.Frame NARROW = new Svg.Frame("narrow", 340, 300, 13);

    private Charts() {
    }

    /** Both drawings, or the chart's words for having nothing to draw. */
    static RawString html(boolean empty, ChartText text, Function<Svg.Frame, String> draw) {
        if (empty) {
            return new RawString("<p class=\"chart-empty\">" + Svg.escape(text.empty()) + "</p>");
        }
        return new RawString("<div class=\"chart-drawings\">" + draw.apply(WIDE) + draw.apply(NARROW) + "</div>");
    }
}
