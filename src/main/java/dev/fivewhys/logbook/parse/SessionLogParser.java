package dev.fivewhys.logbook.parse;

import java.util.List;

import dev.fivewhys.logbook.repair.TextRepair;

/**
 * Reads a markdown session log, in the shape of the teams' hand-kept logs, into a
 * {@link ParsedSessionLog}. The text is first repaired if a wrong character-set round trip garbled
 * it. Each section reader claims the lines it understood; the rest is returned verbatim as
 * unrecognized blocks, so an import never loses text. Stateless and thread-safe.
 */
public class SessionLogParser {

    public ParsedSessionLog parse(String text) {
        TextRepair.Result repair = TextRepair.repair(text);
        String readable = ComputedParts.blanked(repair.text());
        LogDocument document = LogDocument.of(readable);
        LineClaims claims = new LineClaims(document);

        ParsedHeader header = HeaderReader.read(document, claims);
        List<ParsedFocusArea> focusAreas = PlanReader.focusAreas(document, claims);
        List<ParsedPhase> phases = PhaseReader.read(document, focusAreas, claims);
        List<ParsedCriterion> criteria = PlanReader.criteria(document, claims);
        List<ParsedTimelineEntry> timeline = TimelineReader.read(document, claims);
        List<ParsedField> footer = FooterReader.read(document, claims);
        ParsedResults results = ResultsReader.read(document, header, timeline, claims);
        ParsedImpact impact = ImpactReader.sessionImpact(results.impactMentions(), header, footer);
        if (impact != null) {
            claims.mention("business impact", impact.amountText() + " " + impact.basis(), impact.source());
        }
        document.rules().forEach(n -> claims.claim("separator", document.line(n).strip(), SourceSpan.line(n)));
        claims.claimContainerHeadings();

        return new ParsedSessionLog(header, impact, new ParsedPlan(focusAreas, phases, criteria), timeline, results,
                footer, claims.preview(), new LogSource(readable, repair, ContentFingerprint.of(repair.text())));
    }
}
