package dev.fivewhys.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.fivewhys.core.ValidationProblem;

class AuditScoreTest {

    @Test
    void theSeedAuditScores96() {
        // SSOT Validation, Import Validation, Functional Validation, Cross-Module Impact at 100 %;
        // Mega Class Size a warning without a percentage.
        List<Integer> scores = List.of(
                CheckOutcome.PASS.scoreOr(100),
                CheckOutcome.PASS.scoreOr(100),
                CheckOutcome.PASS.scoreOr(100),
                CheckOutcome.PASS.scoreOr(100),
                CheckOutcome.WARN.scoreOr(null));

        AuditScore score = AuditScore.derive(scores);

        assertEquals(OptionalInt.of(96), score.derived());
        assertEquals(OptionalInt.of(96), score.overall());
        assertFalse(score.isOverridden());
        assertEquals("96%", score.toString());
    }

    @Test
    void roundsTheMeanHalfUp() {
        assertEquals(OptionalInt.of(67), AuditScore.derive(List.of(100, 100, 0)).derived());
        assertEquals(OptionalInt.of(33), AuditScore.derive(List.of(100, 0, 0)).derived());
        assertEquals(OptionalInt.of(51), AuditScore.derive(List.of(100, 1)).derived());
        assertEquals(OptionalInt.of(0), AuditScore.derive(List.of(0)).derived());
    }

    @Test
    void checksWithoutScoreDoNotCountAndNoneGiveNoScore() {
        assertEquals(OptionalInt.of(90), AuditScore.derive(Arrays.asList(100, null, 80)).derived());
        assertEquals(OptionalInt.empty(), AuditScore.derive(List.of()).overall());
        assertEquals(OptionalInt.empty(), AuditScore.derive(Arrays.asList((Integer) null)).derived());
        assertEquals("no score", AuditScore.derive(null).toString());
    }

    @Test
    void anOverrideIsShownBesideTheDerivedScore() {
        AuditScore score = AuditScore.derive(List.of(100, 100, 100, 100, 80)).withOverride(90);

        assertEquals(OptionalInt.of(90), score.overall());
        assertEquals(OptionalInt.of(96), score.derived());
        assertEquals(OptionalInt.of(90), score.overridden());
        assertTrue(score.isOverridden());
        assertEquals("90% (96% from the checks)", score.toString());
        assertEquals("90% (no scored checks)", AuditScore.derive(List.of()).withOverride(90).toString());
        assertEquals(AuditScore.derive(List.of(96)), score.withOverride(null));
    }

    @Test
    void scoresArePercentages() {
        assertEquals("A score is a percentage from 0 to 100, not 120",
                assertThrows(ValidationProblem.class, () -> AuditScore.derive(List.of(100, 120))).getMessage());
        assertEquals("A score is a percentage from 0 to 100, not -1",
                assertThrows(ValidationProblem.class, () -> AuditScore.derive(List.of()).withOverride(-1))
                        .getMessage());
    }
}
