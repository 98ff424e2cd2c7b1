package dev.fivewhys.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerdictLabelsTest {

    @Test
    void labelsAreTheSeedsWords() {
        assertEquals("CONDITIONAL GO", Readiness.CONDITIONAL_GO.label);
        assertEquals("NO GO", Readiness.NO_GO.label);
        assertEquals("APPROVED WITH CONDITIONS", AuditRecommendation.APPROVED_WITH_CONDITIONS.label);
        assertEquals("WARN", CheckOutcome.WARN.label);
        assertEquals("LOW", RiskLevel.LOW.label);
    }

    @ParameterizedTest
    @ValueSource(strings = { "CONDITIONAL GO", "conditional go", "Conditional-Go", "CONDITIONAL_GO", " conditional  go " })
    void readsAVerdictHoweverItIsWritten(String text) {
        assertEquals(Optional.of(Readiness.CONDITIONAL_GO), Readiness.fromLabel(text));
    }

    @Test
    void readsEachKind() {
        assertEquals(Optional.of(Readiness.NO_GO), Readiness.fromLabel("no-go"));
        assertEquals(Optional.of(AuditRecommendation.APPROVED_WITH_CONDITIONS),
                AuditRecommendation.fromLabel("approved with conditions"));
        assertEquals(Optional.of(CheckOutcome.FAIL), CheckOutcome.fromLabel("fail"));
        assertEquals(Optional.of(RiskLevel.HIGH), RiskLevel.fromLabel("High"));
        assertEquals(Optional.empty(), Readiness.fromLabel("maybe"));
        assertEquals(Optional.empty(), Readiness.fromLabel(null));
    }
}
