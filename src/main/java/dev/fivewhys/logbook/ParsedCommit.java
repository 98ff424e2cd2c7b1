package dev.fivewhys.logbook;

/** "commit 8365f3012": an abbreviated or full hash (7-40 hex digits). */
public record ParsedCommit(String sha, SourceSpan source) {
}
