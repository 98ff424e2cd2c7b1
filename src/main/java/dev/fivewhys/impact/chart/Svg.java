package dev.fivewhys.impact.chart;

/** A small SVG writer: escaped text, coordinates to one decimal, and the chart's accessible name. */
final class Svg {

    /** Roughly how wide a character of the sans-serif font is, in font sizes: enough to keep labels apart. */
    private static final double CHARACTER_WIDTH = 0.6;

    private final StringBuilder out = new StringBuilder();
    final Frame frame;

    /** The size a chart is drawn at, in SVG units, and its font size; the page scales the drawing to fit. */
    record Frame(String name, int width, int height, int font) {

        double textWidth(String text) {
            return text.length() * font * CHARACTER_WIDTH;
        }

        double lineHeight() {
            return font * 1.4;
        }
    }

    Svg(Frame frame, String id, String title, String description) {
        this.frame = frame;
        String ids = id + "-" + frame.name();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-").append(frame.name())
                .append("\" viewBox=\"0 0 ").append(frame.width()).append(' ').append(frame.height())
                .append("\" role=\"img\" aria-labelledby=\"").append(ids).append("-title ").append(ids)
                .append("-desc\" font-size=\"").append(frame.font())
                .append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">");
        out.append("<title id=\"").append(ids).append("-title\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"").append(ids).append("-desc\">").append(escape(description)).append("</desc>");
    }

    Svg line(double x1, double y1, double x2, double y2, String attributes) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" ").append(attributes).append("/>");
        return this;
    }

    /** Text at (x, y); anchor is start, middle or end; extra attributes may be empty. */
    Svg text(double x, double y, String anchor, String text, String attributes) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append('"').append(attributes.isEmpty() ? "" : " " + attributes).append('>').append(escape(text))
                .append("</text>");
        return this;
    }

    Svg rect(double x, double y, double width, double height, String fill, String tooltip) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"").append(fill).append("\"><title>")
                .append(escape(tooltip)).append("</title></rect>");
        return this;
    }

    Svg circle(double x, double y, double r, String fill, String tooltip) {
        out.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\"><title>").append(escape(tooltip)).append("</title></circle>");
        return this;
    }

    Svg polyline(String points, String stroke, String dash) {
        out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(stroke).append('"')
                .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append(" points=\"").append(points)
                .append("\"/>");
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }

    static String n(double v) {
        return Numbers.oneDecimal(v);
    }

    static String point(double x, double y) {
        return n(x) + "," + n(y);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The text, cut to at most {@code width} units with an ellipsis; the full text stays in a tooltip or table. */
    String fit(String text, double width) {
        int max = Math.max(3, (int) (width / (frame.font() * CHARACTER_WIDTH)));
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
