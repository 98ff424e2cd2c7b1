package dev.fivewhys.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.fivewhys.core.Rows;
import dev.fivewhys.core.Text;

/**
 * What an analysis says, apart from its status: the form, the API and the importer all produce one, {@link Analyses}
 * checks and writes it, and the revision history compares two of them.
 */
public record AnalysisContent(
        @Size(max = 20_000, message = Text.AT_MOST) String problemStatement,
        @Size(max = AnalysisContent.MAX_WHYS, message = "At most {max} whys") List<@Valid Why> whys,
        @Size(max = 5_000, message = Text.AT_MOST) String rootCause,
        RootCauseCategory category,
        @Size(max = 20_000, message = Text.AT_MOST) String fixIdentified,
        @Size(max = 20_000, message = Text.AT_MOST) String preventionStrategy) {

    public static final int MAX_WHYS = 30;

    /**
     * One why; evidenceKind and evidence are both null when there is no evidence, and evidence given without its kind
     * is a note.
     */
    public record Why(
            @NotBlank(message = "Write the answer to this why, or remove it") @Size(max = 5_000, message = Text.AT_MOST) String answer,
            EvidenceKind evidenceKind,
            @Size(max = 2_000, message = Text.AT_MOST) String evidence) {

        public Why {
            answer = Text.clean(answer);
            evidence = Text.clean(evidence);
            evidenceKind = evidence == null ? null : evidenceKind == null ? EvidenceKind.NOTE : evidenceKind;
        }
    }

    private static final Pattern LOG_ENTRY_ID = Pattern.compile("#?\\s*(\\d{1,18})");

    public AnalysisContent {
        problemStatement = Text.clean(problemStatement);
        whys = whys == null ? List.of() : List.copyOf(whys);
        rootCause = Text.clean(rootCause);
        fixIdentified = Text.clean(fixIdentified);
        preventionStrategy = Text.clean(preventionStrategy);
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

    /** Whether it has what completing an analysis asks for (see {@link CompletionCheck}). */
    public boolean canComplete() {
        return CompletionCheck.canComplete(problemStatement, answers(), rootCause);
    }

    /** Writes the content onto the analysis, updating why rows in place so an edit does not rewrite the chain. */
    void applyTo(Analysis analysis) {
        analysis.problemStatement = problemStatement;
        analysis.rootCause = rootCause;
        analysis.category = category;
        analysis.fixIdentified = fixIdentified;
        analysis.preventionStrategy = preventionStrategy;
        Rows.replace(analysis.whys, whys, () -> {
            AnalysisWhy row = new AnalysisWhy();
            row.analysis = analysis;
            return row;
        }, (row, why, position) -> {
            row.position = position;
            row.answer = why.answer();
            row.evidenceKind = why.evidenceKind();
            row.evidence = why.evidence();
        });
    }

    /** Reads "12" or "#12" as the id of a log entry; null when it is not one. */
    static Long logEntryId(String evidence) {
        Matcher matcher = LOG_ENTRY_ID.matcher(evidence == null ? "" : evidence.strip());
        return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
    }
}
