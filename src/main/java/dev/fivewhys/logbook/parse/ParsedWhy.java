package dev.fivewhys.logbook.parse;

/** "**Why #3**: Integration tests didn't validate cross-module import dependencies". */
public record ParsedWhy(int number, String text, SourceSpan source) {
}
