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
    private static final String STABILITY_NOTES = " Deploy commit 8365f3012 to staging first\n";

    /** Every latest audit (none or each recommendation) against every latest readiness (none or each value). */
    @ParameterizedTest(name = "{0} + {1} -> ready {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // audit                | stability      | ready | blockers                                               | conditions
            "none                     | none           | false | No compliance audit yet; No stability validation yet   | ''",
            "none                     | GO             | false | No compliance audit yet                                | ''",
            "none                     | CONDITIONAL_GO | false | No compliance audit yet                                | Deploy commit 8365f3012 to staging first",
            "none                     | NO_GO          | false | No compliance audit yet; Stability says NO GO          | ''",
            "APPROVED                 | none           | false | No stability validation yet                            | ''",
            "APPROVED                 | GO             | true  | ''                                                     | ''",
            "APPROVED                 | CONDITIONAL_GO | true  | ''                                                     | Deploy commit 8365f3012 to staging first",
            "APPROVED                 | NO_GO          | false | Stability says NO GO                                   | ''",
            "APPROVED_WITH_CONDITIONS | none           | false | No stability validation yet                            | Split the mega class in a follow-up",
            "APPROVED_WITH_CONDITIONS | GO             | true  | ''                                                     | Split the mega class in a follow-up",
            "APPROVED_WITH_CONDITIONS | CONDITIONAL_GO | true  | ''                                                     | Split the mega class in a follow-up; Deploy commit 8365f3012 to staging first",
            "APPROVED_WITH_CONDITIONS | NO_GO          | false | Stability says NO GO                                   | Split the mega class in a follow-up",
            "REJECTED                 | none           | false | Audit rejected; No stability validation yet            | ''",
            "REJECTED                 | GO             | false | Audit rejected                                         | ''",
            "REJECTED                 | CONDITIONAL_GO | false | Audit rejected                                         | Deploy commit 8365f3012 to staging first",
            "REJECTED                 | NO_GO          | false | Audit rejected; Stability says NO GO                   | ''" })
    void decidesEveryCombination(AuditRecommendation audit, Readiness stability, boolean ready, String blockers,
            String conditions) {
        Decision decision = GoNoGo.evaluate(audit, AUDIT_CONDITIONS, stability, STABILITY_NOTES);

        assertEquals(new Decision(ready, list(conditions), list(blockers)), decision);
    }

    @Test
    void theSeedFixIsConditionallyReady() {
        // 2025-09-09: audit cleared it, stability said CONDITIONAL GO.
        Decision decision = GoNoGo.evaluate(AuditRecommendation.APPROVED, List.of(), Readiness.CONDITIONAL_GO, null);

        assertEquals(Readiness.CONDITIONAL_GO, decision.verdict());
        assertEquals(Readiness.GO, GoNoGo.evaluate(AuditRecommendation.APPROVED, List.of(), Readiness.GO, null).verdict());
        assertEquals(Readiness.NO_GO, GoNoGo.evaluate(null, List.of(), Readiness.GO, null).verdict());
    }

    @Test
    void conditionsOnlyCountForAnApprovalWithConditionsAndAreNeverLostSilently() {
        assertEquals(List.of(), GoNoGo.evaluate(AuditRecommendation.APPROVED, AUDIT_CONDITIONS, Readiness.GO, null)
                .conditions());
        assertEquals(List.of("Audit approved with conditions (none listed)"),
                GoNoGo.evaluate(AuditRecommendation.APPROVED_WITH_CONDITIONS, Arrays.asList(" ", null), Readiness.GO, null)
                        .conditions());
        assertEquals(List.of("Split the mega class in a follow-up"),
                GoNoGo.evaluate(AuditRecommendation.APPROVED_WITH_CONDITIONS,
                        List.of("  Split the mega class in a follow-up "), Readiness.GO, null).conditions());
    }

    @Test
    void aConditionalGoShowsItsConditionAsWrittenOrSaysItWasNotWrittenDown() {
        assertEquals(List.of("Deploy commit `8365f3012` to **staging**"), GoNoGo.evaluate(AuditRecommendation.APPROVED,
                List.of(), Readiness.CONDITIONAL_GO, "Deploy commit `8365f3012` to **staging**").conditions());
        for (String unwritten : Arrays.asList(null, "", " \n ")) {
            assertEquals(List.of("Stability says CONDITIONAL GO (condition not written down)"),
                    GoNoGo.evaluate(AuditRecommendation.APPROVED, List.of(), Readiness.CONDITIONAL_GO, unwritten)
                            .conditions());
        }
        assertEquals(List.of(), GoNoGo.evaluate(AuditRecommendation.APPROVED, List.of(), Readiness.GO, "Notes of a GO")
                .conditions(), "the notes of a GO are no condition");
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
