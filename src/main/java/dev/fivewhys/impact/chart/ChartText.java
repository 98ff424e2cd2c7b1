package dev.fivewhys.impact.chart;

/**
 * What a chart says in words: an id unique on the page, its title and description (its text alternative), and what
 * the page says instead when there is nothing to draw.
 */
public record ChartText(String id, String title, String description, String empty) {
}
