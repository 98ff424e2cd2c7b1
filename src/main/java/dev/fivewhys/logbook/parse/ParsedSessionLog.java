package dev.fivewhys.logbook.parse;

import java.util.List;

/**
 * A markdown session log read into values, without losing text: what was not understood is in
 * {@code preview.unrecognized()} verbatim. Lists keep the log's order and values keep their
 * wording, so a writer can produce a log that reads back the same.
 *
 * @param impact the session's business impact (the executive "Business Impact" line), or null;
 *        other amounts are in {@code results.impactMentions()}
 * @param footer the italic notes after the last rule ("*Session Status: …*")
 */
public record ParsedSessionLog(ParsedHeader header, ParsedImpact impact, ParsedPlan plan,
        List<ParsedTimelineEntry> timeline, ParsedResults results, List<ParsedField> footer, ImportPreview preview,
        LogSource source) {

    public ParsedSessionLog {
        timeline = List.copyOf(timeline);
        footer = List.copyOf(footer);
    }

    public String fingerprint() {
        return source.fingerprint();
    }
}
