package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.List;

/** Collects analyses, fixes, audits, validations and references from the timeline, in order. */
final class ResultsReader {

    private ResultsReader() {
    }

    static ParsedResults read(LogDocument document, ParsedHeader header, List<ParsedTimelineEntry> timeline,
            LineClaims claims) {
        List<ParsedCommit> commits = ReferenceReader.commits(document);
        List<ParsedAnalysis> analyses = new ArrayList<>();
        List<ParsedFix> fixes = new ArrayList<>();
        List<ParsedAudit> audits = new ArrayList<>();
        List<ParsedStability> validations = new ArrayList<>();
        List<ParsedField> allFields = new ArrayList<>(header.fields());
        for (ParsedTimelineEntry entry : timeline) {
            allFields.addAll(entry.fields());
            AnalysisReader.read(entry).ifPresent(a -> {
                analyses.add(a);
                claims.mention("analysis", a.whys().size() + " whys; root cause: " + a.rootCause(), a.source());
            });
            AuditReader.read(entry).ifPresent(a -> {
                audits.add(a);
                claims.mention("audit", a.overallScorePercent() + "% " + a.recommendation(), a.source());
            });
            StabilityReader.read(entry).ifPresent(s -> {
                validations.add(s);
                claims.mention("stability validation", s.risk() + " risk, " + s.readiness(), s.source());
            });
        }
        for (ParsedFix fix : fixes(timeline, commits)) {
            fixes.add(fix);
            claims.mention("fix", fix.summary() + "; " + fix.files().size() + " file(s)", fix.source());
        }
        List<GitHubReference> github = ReferenceReader.github(document);
        github.forEach(r -> claims.mention("github " + r.kind().name().toLowerCase().replace('_', ' '),
                "#" + r.number() + (r.commentId() == null ? "" : " comment " + r.commentId()), r.source()));
        commits.forEach(c -> claims.mention("commit", c.sha(), c.source()));
        List<ParsedImpact> money = ImpactReader.mentions(document);
        money.forEach(m -> claims.mention("amount", m.amountText() + " " + m.basis(), m.source()));
        List<String> labels = ReferenceReader.labels(allFields);
        labels.forEach(l -> claims.mention("label", l, labelSource(allFields, l)));
        List<ParsedReport> reports = ReferenceReader.reports(allFields);
        reports.forEach(r -> claims.mention("report", r.path(), r.source()));
        List<ParsedError> errors = ErrorReader.read(document, allFields);
        errors.forEach(e -> claims.mention("error", e.message(), e.source()));
        return new ParsedResults(analyses, fixes, audits, validations, github, labels, commits, reports, money, errors);
    }

    /** Each commit goes to the latest fix recorded at or before the line that names it. */
    private static List<ParsedFix> fixes(List<ParsedTimelineEntry> timeline, List<ParsedCommit> commits) {
        List<ParsedTimelineEntry> fixEntries = timeline.stream().filter(FixReader::recordsFix).toList();
        List<ParsedFix> fixes = new ArrayList<>();
        for (int k = 0; k < fixEntries.size(); k++) {
            int from = fixEntries.get(k).source().firstLine();
            int until = k + 1 < fixEntries.size() ? fixEntries.get(k + 1).source().firstLine() : Integer.MAX_VALUE;
            List<ParsedCommit> own = commits.stream()
                    .filter(c -> c.source().firstLine() >= from && c.source().firstLine() < until).toList();
            fixes.add(FixReader.read(fixEntries.get(k), own));
        }
        return fixes;
    }

    private static SourceSpan labelSource(List<ParsedField> fields, String label) {
        return FieldKeys.flatten(fields).stream()
                .filter(f -> FieldKeys.is(f, FieldKeys.LABELS) && f.value().contains(label)).findFirst()
                .map(ParsedField::source).orElseThrow();
    }
}
