package dev.fivewhys.fix;

import static dev.fivewhys.fix.FixStatus.DEPLOYED;
import static dev.fivewhys.fix.FixStatus.MERGED;
import static dev.fivewhys.fix.FixStatus.PROPOSED;
import static dev.fivewhys.fix.FixStatus.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.fivewhys.core.ValidationProblem;

class FixStatusTest {

    private static final Set<String> ALLOWED = Set.of("PROPOSED>MERGED", "MERGED>DEPLOYED", "DEPLOYED>VERIFIED");

    @Test
    void movesForwardOneStepAtATimeOnly() {
        for (FixStatus from : FixStatus.values()) {
            for (FixStatus to : FixStatus.values()) {
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
            "PROPOSED | DEPLOYED | A proposed fix can next become merged, not deployed",
            "DEPLOYED | MERGED   | A deployed fix can next become verified, not merged",
            "MERGED   | MERGED   | A merged fix can next become deployed, not merged",
            "VERIFIED | PROPOSED | This fix is verified already; it cannot become proposed" })
    void saysWhichStepComesNext(FixStatus from, FixStatus to, String message) {
        assertEquals(message, assertThrows(ValidationProblem.class, () -> from.moveTo(to)).getMessage());
    }

    @Test
    void lateEventsCanTellTheStepIsPassed() {
        assertTrue(DEPLOYED.isAtLeast(MERGED));
        assertTrue(MERGED.isAtLeast(MERGED));
        assertFalse(PROPOSED.isAtLeast(MERGED));
        assertTrue(VERIFIED.next().isEmpty());
        assertEquals("Proposed", PROPOSED.label);
    }
}
