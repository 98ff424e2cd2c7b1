package dev.fivewhys.logbook.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * The top of a log: its "# " title, the "**Session Started:**"-style fields under it and the
 * executive summary section. Unknown fields are kept in {@code fields} too, in order.
 *
 * @param titleDate the date written in the title (…- 20250910), or null
 * @param previousSummary "**Previous Session Findings:**" / "**Previous Session Summary:**"
 * @param fields every labelled line under the title, in order, as written
 * @param executiveSummary the labelled and marked lines of the "EXECUTIVE SUMMARY" section
 */
public record ParsedHeader(String title, LocalDate titleDate, SessionStart started, String mission,
        String currentStatus, String previousSummary, List<ParsedField> fields,
        List<ParsedField> executiveSummary) {

    public ParsedHeader {
        fields = List.copyOf(fields);
        executiveSummary = List.copyOf(executiveSummary);
    }
}
