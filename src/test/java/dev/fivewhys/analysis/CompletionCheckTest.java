package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.CompletionCheck.Missing;

class CompletionCheckTest {

    private static final String PROBLEM = "All real WebSocket message flows fail with 1011 internal server errors";
    private static final String ROOT_CAUSE = "SSOT database consolidation broke WebSocket import dependencies";

    @Test
    void theSeedsAnalysisCanBeCompleted() {
        List<String> whys = List.of(
                "Function moved during database_manager SSOT consolidation",
                "Database factory pattern refactored to centralized system",
                "Integration tests didn't validate cross-module import dependencies",
                "Staging environment stricter validation exposed the gap",
                "Missing import validation in deployment pipeline");

        assertEquals(List.of(), CompletionCheck.whatIsMissing(PROBLEM, whys, ROOT_CAUSE));
        assertTrue(CompletionCheck.canComplete(PROBLEM, whys, ROOT_CAUSE));
    }

    @Test
    void oneAnsweredWhyIsEnough() {
        assertTrue(CompletionCheck.canComplete(PROBLEM, List.of("", "Function moved", " "), ROOT_CAUSE));
    }

    @Test
    void anEmptyFormLacksEverythingEachBesideItsField() {
        assertEquals(List.of(
                new Missing("problemStatement", "Write the problem statement"),
                new Missing("whys", "Answer at least one why"),
                new Missing("rootCause", "Name the root cause")),
                CompletionCheck.whatIsMissing(null, null, null));
    }

    @Test
    void blankAnswersAreNotAnswers() {
        assertEquals(List.of(new Missing(CompletionCheck.WHYS, "Answer at least one why")),
                CompletionCheck.whatIsMissing(PROBLEM, Arrays.asList("  ", null, "\n"), ROOT_CAUSE));
        assertFalse(CompletionCheck.canComplete(" ", List.of("Function moved"), ROOT_CAUSE));
    }
}
