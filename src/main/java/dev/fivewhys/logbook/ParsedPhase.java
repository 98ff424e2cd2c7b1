package dev.fivewhys.logbook;

import java.util.List;

/**
 * "#### Phase 1: Infrastructure Validation (5-10 tests)" and its suites.
 *
 * @param priority as written (P0, CRITICAL, HIGH…), from the heading itself, else from the
 *        numbered priority list of the same length, else from an enclosing heading; or null
 * @param expected the count in the heading, or null
 */
public record ParsedPhase(int number, String name, String priority, ExpectedCount expected, List<ParsedSuite> suites,
        SourceSpan source) {

    public ParsedPhase {
        suites = List.copyOf(suites);
    }
}
