package dev.fivewhys.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an analysis says, apart from its status: the form and the API both produce one, the revision history compares
 * two of them.
 */
public record AnalysisContent(String problemStatement, List<Why> whys, String rootCause, RootCauseCategory category,
        String fixIdentified, String preventionStrategy) {

    /** One why; kind and evidence are both null when there is no evidence. */
    public record Why(String answer, EvidenceKind kind, String evidence) {
    }

    private static final Pattern LOG_ENTRY_ID = Pattern.compile("#?\\s*(\\d{1,18})");

    public AnalysisContent {
        whys = List.copyOf(whys);
    }

    public static AnalysisContent empty() {
        return new AnalysisContent(null, List.of(), null, null, null, null);
    }

    public static AnalysisContent of(Analysis analysis) {
        List<Why> whys = analysis.whys.stream().map(w -> new Why(w.answer, w.evidenceKind, w.evidence)).toList();
        return new AnalysisContent(analysis.problemStatement, whys, analysis.rootCause, analysis.category,
                analysis.fixIdentified, analysis.preventionStrategy);
    }

    public List<String> answers() {
        return whys.stream().map(Why::answer).toList();
    }

    /** Writes the content onto the analysis, updating why rows in place so an edit does not rewrite the chain. */
    public void applyTo(Analysis analysis) {
        analysis.problemStatement = problemStatement;
        analysis.rootCause = rootCause;
        analysis.category = category;
        analysis.fixIdentified = fixIdentified;
        analysis.preventionStrategy = preventionStrategy;
        for (int i = 0; i < whys.size(); i++) {
            AnalysisWhy row;
            if (i < analysis.whys.size()) {
                row = analysis.whys.get(i);
            } else {
                row = new AnalysisWhy();
                row.analysis = analysis;
                analysis.whys.add(row);
            }
            Why why = whys.get(i);
            row.position = i + 1;
            row.answer = why.answer();
            row.evidenceKind = why.kind();
            row.evidence = why.evidence();
        }
        while (analysis.whys.size() > whys.size()) {
            analysis.whys.remove(analysis.whys.size() - 1);
        }
    }

    /** Reads "12" or "#12" as the id of a log entry; null when it is not one. */
    static Long logEntryId(String evidence) {
        Matcher matcher = LOG_ENTRY_ID.matcher(evidence == null ? "" : evidence.strip());
        return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
    }
}
