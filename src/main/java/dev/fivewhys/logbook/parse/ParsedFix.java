package dev.fivewhys.logbook.parse;

import java.util.List;

/**
 * A fix recorded in one timeline entry ("Fix Applied", "SSOT-Compliant Fix", "Files Modified",
 * "New Tests Created").
 *
 * @param summary the fix line's text, or null
 * @param commits commit hashes named from this entry up to the next fix (a log often names the
 *        commit later, when deploying it); all of the session's are in {@link ParsedResults#commits()}
 */
public record ParsedFix(String title, String summary, List<ParsedFileChange> files, List<ParsedFileChange> newTests,
        List<String> commits, SourceSpan source) {

    public ParsedFix {
        files = List.copyOf(files);
        newTests = List.copyOf(newTests);
        commits = List.copyOf(commits);
    }
}
