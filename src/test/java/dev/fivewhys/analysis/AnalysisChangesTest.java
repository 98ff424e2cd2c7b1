package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.AnalysisContent.Why;

class AnalysisChangesTest {

    @Test
    void removingAWhyInTheMiddleReadsAsOneRemoval() {
        assertEquals(List.of("Why #2 removed: “b”"), AnalysisChanges.between(content(null, "a", "b", "c"),
                content(null, "a", "c")));
    }

    @Test
    void addingAndRewritingWhysSayWhichOne() {
        assertEquals(List.of("Why #2 added: “x”"), AnalysisChanges.between(content(null, "a", "b"),
                content(null, "a", "x", "b")));
        assertEquals(List.of("Why #2: “b” → “x”"), AnalysisChanges.between(content(null, "a", "b", "c"),
                content(null, "a", "x", "c")));
    }

    @Test
    void aReorderIsCalledOne() {
        assertEquals(List.of("Whys reordered: “b” / “a”"), AnalysisChanges.between(content(null, "a", "b"),
                content(null, "b", "a")));
    }

    @Test
    void fieldsAreSetChangedOrClearedAndLongTextIsCut() {
        String longText = "x".repeat(200);
        List<String> lines = AnalysisChanges.between(content("Old problem", "a"), new AnalysisContent(null,
                List.of(new Why("a", EvidenceKind.LINK, "https://example.com")), longText, null, null, null));
        assertEquals("Problem statement cleared (was “Old problem”)", lines.get(0));
        assertEquals("Why #1 evidence set: “Link https://example.com”", lines.get(1));
        assertEquals("Root cause set: “" + "x".repeat(119) + "…”", lines.get(2));
        assertEquals(List.of(), AnalysisChanges.between(content("Same", "a"), content("Same ", "a")));
    }

    private static AnalysisContent content(String problem, String... answers) {
        return new AnalysisContent(problem, List.of(answers).stream().map(a -> new Why(a, null, null)).toList(), null,
                null, null, null);
    }
}
