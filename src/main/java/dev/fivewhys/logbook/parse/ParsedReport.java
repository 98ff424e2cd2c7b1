package dev.fivewhys.logbook.parse;

/**
 * A report file the log points to ("**COMPLIANCE REPORT**: `tests/…/SSOT_….md`").
 *
 * @param label the key it was listed under, e.g. "ANALYSIS REPORTS"
 * @param note the words after the path, or null
 */
public record ParsedReport(String label, String path, String note, SourceSpan source) {
}
