package dev.fivewhys.logbook.parse;

/**
 * The log's skeleton in order, so a writer can lay values out again as they were.
 *
 * @param level 1-6 for headings, 0 for a "---" rule
 * @param text the heading text, or the rule as written
 */
public record OutlineItem(Kind kind, int level, String text, int line) {

    public enum Kind {
        HEADING,
        RULE
    }
}
