package dev.fivewhys.logbook.parse;

import java.util.List;

/**
 * A fix recorded in one timeline entry ("Fix Applied", "SSOT-Compliant Fix", "Files Modified",
 * "New Tests Created").
 *
 * @param summary the fix line's text, or null
 * @param stage how far the fix got, as the entry's title and labels say
 * @param commits commit hashes named from this entry up to the next fix (a log often names the
 *        commit later, when deploying it); all of the session's are in {@link ParsedResults#commits()}
 */
public record ParsedFix(String title, String summary, List<ParsedFileChange> files, List<ParsedFileChange> newTests,
        List<String> commits, FixStage stage, SourceSpan source) {

    /**
     * How far the fix got, in the log's words: "FIX DEPLOYED", "Fix Applied", "**Status**: merged". The furthest one
     * the entry names counts; NONE when it names none.
     */
    public enum FixStage {
        NONE,
        PROPOSED,
        APPLIED,
        MERGED,
        DEPLOYED,
        VERIFIED
    }

    public ParsedFix {
        files = List.copyOf(files);
        newTests = List.copyOf(newTests);
        commits = List.copyOf(commits);
    }
}
