package dev.fivewhys.logbook.parse;

import java.util.List;

/** What the session set out to run: priorities, phases with their suites, success criteria. */
public record ParsedPlan(List<ParsedFocusArea> focusAreas, List<ParsedPhase> phases, List<ParsedCriterion> criteria) {

    public ParsedPlan {
        focusAreas = List.copyOf(focusAreas);
        phases = List.copyOf(phases);
        criteria = List.copyOf(criteria);
    }
}
