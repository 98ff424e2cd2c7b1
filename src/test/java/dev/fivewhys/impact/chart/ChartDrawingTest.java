package dev.fivewhys.impact.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the drawings show: bars that meet their ticks, legends clear of the data, gaps, one point, nothing. */
class ChartDrawingTest {

    private static final LocalDate MAR_2 = LocalDate.of(2025, 3, 2);
    private static final LocalDate MAR_9 = LocalDate.of(2025, 3, 9);
    private static final ChartText TEXT = new ChartText("test", "A chart", "What it shows", "Nothing to chart.");

    @Test
    void barsMeetTheGridlinesOfTheirCounts() throws Exception {
        ParetoChart chart = new ParetoChart(TEXT, List.of("dependency/import", "configuration", "deployment"),
                List.of(5L, 3L, 1L));
        for (Svg.Frame frame : List.of(Charts.WIDE, Charts.NARROW)) {
            Document svg = parse(chart.draw(frame));
            List<Element> bars = elements(svg, "rect").stream().filter(r -> r.getAttribute("height").length() > 0
                    && !r.getTextContent().isEmpty() && !r.getTextContent().equals("Analyses")).toList();
            assertEquals(3, bars.size());
            for (int i = 0; i < bars.size(); i++) {
                String count = List.of("5", "3", "1").get(i);
                double top = number(bars.get(i), "y");
                assertEquals(gridlineOf(svg, count), top, 0.11, "the bar of " + count + " ends on the line of " + count);
                assertEquals(gridlineOf(svg, "0"), top + number(bars.get(i), "height"), 0.11, "bars stand on zero");
            }
            assertEquals(List.of("0", "1", "2", "3", "4", "5"), leftLabels(svg));
        }
    }

    @Test
    void theLegendHasItsOwnBandAboveTheData() throws Exception {
        LineChart chart = new LineChart(TEXT, List.of(MAR_2, MAR_9),
                List.of(new LineChart.Series("USD MRR", List.of(1_000_000.0, 1_000_000.0)),
                        new LineChart.Series("USD ARR", List.of(500_000.0, 900_000.0)),
                        new LineChart.Series("EUR MRR with a long name to wrap", List.of(10.0, 20.0))),
                Axis::money, v -> "v");
        for (Svg.Frame frame : List.of(Charts.WIDE, Charts.NARROW)) {
            Document svg = parse(chart.draw(frame));
            double plotTop = gridlineOf(svg, "1M");
            List<Element> legend = elements(svg, "text").stream()
                    .filter(t -> t.getTextContent().startsWith("USD") || t.getTextContent().startsWith("EUR")).toList();
            assertEquals(3, legend.size());
            for (Element entry : legend) {
                assertTrue(number(entry, "y") + 2 < plotTop - frame.font() / 2.0,
                        frame.name() + ": legend " + entry.getTextContent() + " stays above the top line's label");
                double width = entry.getTextContent().length() * frame.font() * 0.6;
                assertTrue(number(entry, "x") + width <= frame.width(), "the legend stays inside the drawing");
            }
            for (Element point : elements(svg, "circle")) {
                assertTrue(number(point, "cy") >= plotTop - 0.11, "no point above the top line");
            }
        }
    }

    @Test
    void labelsStayInsideTheDrawingAndDoNotCrowd() throws Exception {
        List<LocalDate> weeks = IntStream.range(0, 52).mapToObj(i -> LocalDate.of(2024, 3, 3).plusWeeks(i)).toList();
        List<Double> values = IntStream.range(0, 52).mapToObj(i -> 3_600.0 * i).toList();
        LineChart chart = new LineChart(TEXT, weeks, List.of(new LineChart.Series("median", values)), Axis::duration,
                v -> "v");
        for (Svg.Frame frame : List.of(Charts.WIDE, Charts.NARROW)) {
            Document svg = parse(chart.draw(frame));
            List<Element> bottom = elements(svg, "text").stream()
                    .filter(t -> "middle".equals(t.getAttribute("text-anchor"))).toList();
            assertTrue(bottom.size() >= 2, "some weeks are labelled");
            assertTrue(bottom.get(bottom.size() - 1).getTextContent().startsWith("Feb 23"),
                    "the latest week is always labelled");
            assertTrue(bottom.stream().anyMatch(l -> l.getTextContent().endsWith(", 2025")), "the new year is named");
            double previousEnd = Double.NEGATIVE_INFINITY;
            for (Element label : bottom) {
                double half = label.getTextContent().length() * frame.font() * 0.6 / 2;
                double x = number(label, "x");
                assertTrue(x - half >= 0 && x + half <= frame.width(), frame.name() + ": " + label.getTextContent());
                assertTrue(x - half > previousEnd, frame.name() + ": labels do not overlap");
                previousEnd = x + half;
            }
            assertEquals(List.of("0", "20 h", "40 h", "60 h"), leftLabels(svg), "51 hours at most");
        }
    }

    @Test
    void onePointIsDrawnAsAPointAndMissingWeeksAsGaps() throws Exception {
        Document one = parse(new LineChart(TEXT, List.of(MAR_9), List.of(new LineChart.Series("median", List.of(360.0))),
                Axis::duration, v -> "6 min").draw(Charts.WIDE));
        assertEquals(1, elements(one, "circle").size());
        assertEquals(0, elements(one, "polyline").size());
        assertEquals("median, Mar 9: 6 min", elements(one, "circle").get(0).getTextContent());
        assertEquals(List.of("0", "2 min", "4 min", "6 min"), leftLabels(one));

        Document gaps = parse(new LineChart(TEXT, IntStream.range(0, 5).mapToObj(MAR_2::plusWeeks).toList(),
                List.of(new LineChart.Series("median", Arrays.asList(60.0, 120.0, null, 300.0, 360.0))), Axis::duration,
                v -> "v").draw(Charts.WIDE));
        assertEquals(4, elements(gaps, "circle").size());
        assertEquals(2, elements(gaps, "polyline").size(), "a line each side of the missing week, none through it");
    }

    @Test
    void nothingToDrawShowsWordsInsteadOfEmptyAxes() {
        String empty = new LineChart(TEXT, List.of(MAR_2, MAR_9), List.of(), Axis::money, v -> "v").html().getValue();
        assertEquals("<p class=\"chart-empty\">Nothing to chart.</p>", empty);
        assertEquals(empty, new LineChart(TEXT, List.of(MAR_2),
                List.of(new LineChart.Series("median", Arrays.asList((Double) null))), Axis::duration, v -> "v").html()
                .getValue());
        assertEquals(empty, new ParetoChart(TEXT, List.of(), List.of()).html().getValue());
        assertEquals(empty, new ParetoChart(TEXT, List.of("configuration"), List.of(0L)).html().getValue());
        String drawn = new ParetoChart(TEXT, List.of("configuration"), List.of(1L)).html().getValue();
        assertTrue(drawn.contains("chart-wide") && drawn.contains("chart-narrow"), "drawn for both widths");
    }

    @Test
    void textIsEscapedAndEachDrawingHasItsOwnAccessibleName() throws Exception {
        String drawn = new ParetoChart(new ChartText("rc", "Root <causes>", "A & B", ""), List.of("<script>"), List.of(2L))
                .html().getValue();
        assertFalse(drawn.contains("<script>"));
        Document wide = parse(new ParetoChart(new ChartText("rc", "Root <causes>", "A & B", ""), List.of("x"), List.of(2L))
                .draw(Charts.WIDE));
        Element root = wide.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("rc-wide-title rc-wide-desc", root.getAttribute("aria-labelledby"));
        assertEquals("Root <causes>", elements(wide, "title").get(0).getTextContent());
    }

    private static double gridlineOf(Document svg, String label) {
        for (Element text : elements(svg, "text")) {
            if (text.getTextContent().equals(label) && "end".equals(text.getAttribute("text-anchor"))) {
                double y = number(text, "y");
                return elements(svg, "line").stream().mapToDouble(l -> number(l, "y1"))
                        .filter(lineY -> Math.abs(lineY - y) < 8).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no axis label " + label);
    }

    private static List<String> leftLabels(Document svg) {
        return elements(svg, "text").stream().filter(t -> "end".equals(t.getAttribute("text-anchor"))
                && !t.hasAttribute("transform")).map(Element::getTextContent).toList();
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
