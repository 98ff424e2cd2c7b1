package dev.fivewhys.logbook.parse;

/** "commit 8365f3012": an abbreviated or full hash (7-40 hex digits). */
public record ParsedCommit(String sha, SourceSpan source) {
}
