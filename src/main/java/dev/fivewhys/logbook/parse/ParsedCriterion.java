package dev.fivewhys.logbook.parse;

/**
 * A success criterion: "- **Performance Targets**: <2s for 95th percentile P0 flows".
 *
 * @param met true/false for "- [x]"/"- [ ]", null when the log does not say
 */
public record ParsedCriterion(String name, String text, Boolean met, SourceSpan source) {
}
