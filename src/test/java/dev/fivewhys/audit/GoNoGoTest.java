package dev.fivewhys.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.fivewhys.audit.GoNoGo.Decision;

class GoNoGoTest {

    private static final List<String> AUDIT_CONDITIONS = List.of("Split the mega class in a follow-up");

    /** Every latest audit (none or each recommendation) against every latest readiness (none or each value). */
    @ParameterizedTest(name = "{0} + {1} -> ready {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // audit                | stability      | ready | blockers                                               | conditions
            "none                     | none           | false | No compliance audit yet; No stability validation yet   | ''",
            "none                     | GO             | false | No compliance audit yet                                | ''",
            "none                     | CONDITIONAL_GO | false | No compliance audit yet                                | Stability says CONDITIONAL GO",
            "none                     | NO_GO          | false | No compliance audit yet; Stability says NO GO          | ''",
            "APPROVED                 | none           | false | No stability validation yet                            | ''",
            "APPROVED                 | GO             | true  | ''                                                     | ''",
            "APPROVED                 | CONDITIONAL_GO | true  | ''                                                     | Stability says CONDITIONAL GO",
            "APPROVED                 | NO_GO          | false | Stability says NO GO                                   | ''",
            "APPROVED_WITH_CONDITIONS | none           | false | No stability validation yet                            | Split the mega class in a follow-up",
            "APPROVED_WITH_CONDITIONS | GO             | true  | ''                                                     | Split the mega class in a follow-up",
            "APPROVED_WITH_CONDITIONS | CONDITIONAL_GO | true  | ''                                                     | Split the mega class in a follow-up; Stability says CONDITIONAL GO",
            "APPROVED_WITH_CONDITIONS | NO_GO          | false | Stability says NO GO                                   | Split the mega class in a follow-up",
            "REJECTED                 | none           | false | Audit rejected; No stability validation yet            | ''",
            "REJECTED                 | GO             | false | Audit rejected                                         | ''",
            "REJECTED                 | CONDITIONAL_GO | false | Audit rejected                                         | Stability says CONDITIONAL GO",
            "REJECTED                 | NO_GO          | false | Audit rejected; Stability says NO GO                   | ''" })
    void decidesEveryCombination(AuditRecommendation audit, Readiness stability, boolean ready, String blockers,
            String conditions) {
        Decision decision = GoNoGo.evaluate(audit, AUDIT_CONDITIONS, stability);

        assertEquals(new Decision(ready, list(conditions), list(blockers)), decision);
    }

    @Test
    void theSeedFixIsConditionallyReady() {
        // 2025-09-09: audit cleared it, stability said CONDITIONAL GO.
        Decision decision = GoNoGo.evaluate(AuditRecommendation.APPROVED, List.of(), Readiness.CONDITIONAL_GO);

        assertEquals(Readiness.CONDITIONAL_GO, decision.verdict());
        assertEquals(Readiness.GO, GoNoGo.evaluate(AuditRecommendation.APPROVED, List.of(), Readiness.GO).verdict());
        assertEquals(Readiness.NO_GO, GoNoGo.evaluate(null, List.of(), Readiness.GO).verdict());
    }

    @Test
    void conditionsOnlyCountForAnApprovalWithConditionsAndAreNeverLostSilently() {
        assertEquals(List.of(), GoNoGo.evaluate(AuditRecommendation.APPROVED, AUDIT_CONDITIONS, Readiness.GO)
                .conditions());
        assertEquals(List.of("Audit approved with conditions (none listed)"),
                GoNoGo.evaluate(AuditRecommendation.APPROVED_WITH_CONDITIONS, Arrays.asList(" ", null), Readiness.GO)
                        .conditions());
        assertEquals(List.of("Split the mega class in a follow-up"),
                GoNoGo.evaluate(AuditRecommendation.APPROVED_WITH_CONDITIONS,
                        List.of("  Split the mega class in a follow-up "), Readiness.GO).conditions());
    }

    @Test
    void aDecisionIsReadyExactlyWhenNothingBlocksIt() {
        assertThrows(IllegalArgumentException.class, () -> new Decision(true, List.of(), List.of("Audit rejected")));
        assertThrows(IllegalArgumentException.class, () -> new Decision(false, List.of(), List.of()));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split("; "));
    }
}
