package dev.fivewhys.logbook.parse;

import java.util.List;

/**
 * "#### Phase 1: Infrastructure Validation (5-10 tests)" and its suites.
 *
 * @param priority as written (P0, CRITICAL, HIGH…), from the heading itself ("(priority: P1)" or a priority
 *        word in the name), else from the numbered priority list of the same length, else from an enclosing
 *        heading; or null
 * @param expected the count in the heading, or null
 * @param description the phase's own lines that are not suites, joined with "\n"; or null
 */
public record ParsedPhase(int number, String name, String priority, ExpectedCount expected, String description,
        List<ParsedSuite> suites, SourceSpan source) {

    public ParsedPhase {
        suites = List.copyOf(suites);
    }
}
