package dev.fivewhys.logbook.parse;

/**
 * One thing the import recognized, for the preview: "phase" → "Phase 1: Infrastructure Validation".
 *
 * @param field what it became (title, phase, suite, timeline entry, github issue…)
 * @param value a short readable form of the value
 * @param coversLines true when the value stands for its whole lines (they are not repeated as
 *        unrecognized text); false for a value found inside lines kept elsewhere — an issue number
 *        in a timeline entry, a URL in an unrecognized paragraph
 */
public record RecognizedItem(String field, String value, SourceSpan source, boolean coversLines) {
}
