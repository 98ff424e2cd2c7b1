package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.fivewhys.core.ValidationProblem;

class AnalysisStatusTest {

    private static final Set<String> ALLOWED = Set.of("DRAFT>COMPLETE", "COMPLETE>VERIFIED", "COMPLETE>DRAFT");

    @Test
    void completesThenVerifiesAndCanBeReopenedUntilVerified() {
        for (AnalysisStatus from : AnalysisStatus.values()) {
            for (AnalysisStatus to : AnalysisStatus.values()) {
                boolean allowed = ALLOWED.contains(from + ">" + to);
                assertEquals(allowed, from.canMoveTo(to), from + " to " + to);
                if (allowed) {
                    assertEquals(to, from.moveTo(to));
                } else {
                    assertThrows(ValidationProblem.class, () -> from.moveTo(to), from + " to " + to);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DRAFT    | VERIFIED | A draft analysis must be completed before it can be verified",
            "DRAFT    | DRAFT    | This analysis is already a draft",
            "COMPLETE | COMPLETE | This analysis is already complete",
            "VERIFIED | DRAFT    | A verified analysis stays as it is; start a new analysis if the problem came back" })
    void saysWhyNot(AnalysisStatus from, AnalysisStatus to, String message) {
        assertEquals(message, assertThrows(ValidationProblem.class, () -> from.moveTo(to)).getMessage());
    }
}
