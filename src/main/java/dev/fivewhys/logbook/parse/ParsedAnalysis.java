package dev.fivewhys.logbook.parse;

import java.util.List;

/**
 * A five-whys analysis recorded in one timeline entry.
 *
 * @param title the entry title, e.g. "FIVE WHYS ANALYSIS COMPLETED"
 * @param whys in the order written (any number)
 * @param rootCause "Root Cause Analysis" / "Root Cause Identified" / "Root Cause", or null
 * @param problemStatement "Problem Statement" / "Problem", or null (the seeds state it elsewhere)
 * @param category "Root Cause Category", as written, or null
 */
public record ParsedAnalysis(String title, String problemStatement, List<ParsedWhy> whys, String rootCause,
        String category, String fixIdentified, String preventionStrategy, SourceSpan source) {

    public ParsedAnalysis {
        whys = List.copyOf(whys);
    }
}
