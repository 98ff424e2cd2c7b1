package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.Check;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.logbook.ImportPlan.AnalysisPlan;
import dev.fivewhys.logbook.ImportPlan.FixPlan;
import dev.fivewhys.logbook.parse.SessionLogParser;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.TestFiles;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Import reads what the logs say, each fact into its field, for both seeds and a variant written differently. Facts
 * checked: the fix's status from its words (applied, implemented, completed, deployed); a CONDITIONAL GO's condition as
 * the stability validation's condition; the session's status from "CYCLE 1 COMPLETE" and "BLOCKED ON …"; a
 * continuation linked to the session it continues; a commit line under a fix; per-check percentages wherever they stand
 * ("(100% compliant)" after the text, "70% - …" before it); "Why 1" and "Why #1"; times past midnight; two analyses in
 * one log, each with its own fix.
 */
@QuarkusTest
class ImportReadsWhatLogsSayTest {

    static final String VARIANT = "fixtures/logs/variant-two-analyses-past-midnight.md";
    static final String TABLES = "fixtures/logs/variant-tables.md";

    @Inject
    FiveWhysConfig config;

    @BeforeEach
    void forget() {
        Fixtures.standardUsers();
        LogImports.forgetImports();
    }

    @Test
    void theNightValidationSeedKeepsItsConditionAndItsFixCommit() {
        ImportPlan plan = plan(Seeds.read(Seeds.NIGHT_VALIDATION));
        FixPlan fix = onlyFix(plan);
        assertEquals(FixStatus.MERGED, fix.status(), "FIVE-WHYS BUG ANALYSIS & FIX COMPLETED: the fix is in the code");
        assertEquals("8365f3012", fix.content().commitSha().value());
        assertEquals(Readiness.CONDITIONAL_GO, fix.validations().get(0).content().readiness());
        assertEquals("Deploy commit 8365f3012 to staging environment immediately",
                fix.validations().get(0).content().notes(), "the CONDITIONAL GO's condition");
        assertEquals(SessionStatus.RUNNING, plan.session().status(), "no entry ends or blocks the loop");
    }

    @Test
    void theGoldenPathSeedIsCompleteItsFixAppliedAndItContinuesTheNightValidation() {
        ImportPlan plan = plan(Seeds.read(Seeds.GOLDEN_PATH));
        FixPlan fix = onlyFix(plan);
        assertEquals(FixStatus.MERGED, fix.status(), "DATABASE IMPORT FIX IMPLEMENTED, Fix Applied");
        assertEquals(SessionStatus.PASSED, plan.session().status(), "ULTIMATE TEST DEPLOY LOOP CYCLE 1 COMPLETE");
        assertEquals(List.of("SSOT Validation 100", "Import Validation 100", "Functional Validation 100",
                "Cross-Module Impact 100", "Mega Class Size null"),
                fix.audits().get(0).content().checks().stream().map(c -> c.name() + " " + c.score()).toList());

        long project = Fixtures.project("seed-facts").id;
        WebClient engineer = WebClient.loginAs("engineer");
        long night = LogImports.importLog(engineer, project, Seeds.NIGHT_VALIDATION, Seeds.read(Seeds.NIGHT_VALIDATION));
        long golden = LogImports.importLog(engineer, project, Seeds.GOLDEN_PATH, Seeds.read(Seeds.GOLDEN_PATH));
        QuarkusTransaction.requiringNew().run(() -> {
            TestSession continuation = TestSession.findById(golden);
            assertEquals(night, continuation.continues.id, "\"Continuation Session\" continues the earlier session");
            assertNull(TestSession.<TestSession> findById(night).continues, "the night validation continues none");
            assertEquals(SessionStatus.PASSED, continuation.status);
            Fix stored = Fix.<Fix> list("analysis.session = ?1", continuation).get(0);
            assertEquals(FixStatus.MERGED, stored.status, "stored as the log says, not proposed");
        });
    }

    @Test
    void aVariantWrittenDifferentlyLandsEachFactInItsField() {
        ImportPlan plan = plan(TestFiles.text(VARIANT));
        assertEquals(SessionStatus.BLOCKED, plan.session().status(), "BLOCKED ON STAGING KEY ROTATION");
        assertEquals(Instant.parse("2025-10-02T23:40:00Z"), plan.session().startedAt());
        // 23:50 on the 2nd, then past midnight: the 3rd
        assertEquals(List.of("2025-10-02T23:50:00Z FIVE WHYS ANALYSIS COMPLETED", "2025-10-03T00:10:00Z TOKEN FIX DEPLOYED",
                "2025-10-03T00:25:00Z SECURITY COMPLIANCE AUDIT COMPLETED",
                "2025-10-03T00:40:00Z FIVE WHYS ANALYSIS OF THE SESSION TIMEOUT COMPLETED",
                "2025-10-03T00:55:00Z SYSTEM STABILITY VALIDATION COMPLETED",
                "2025-10-03T01:05:00Z BLOCKED ON STAGING KEY ROTATION"),
                plan.entries().stream().filter(e -> e.section() == null).map(e -> e.occurredAt() + " " + e.title())
                        .toList());
        assertEquals(2, plan.analyses().size(), "two analyses in one log");
        AnalysisPlan first = plan.analyses().get(0);
        assertEquals("Token refresh returns 401 on staging", first.content().problemStatement());
        assertEquals(List.of("The refresh endpoint rejects the signature", "The signing key rotated without the verifier",
                "Key rotation is not in the deploy checklist"),
                first.content().whys().stream().map(w -> w.answer()).toList(), "Why 1, Why 2, Why 3");
        assertEquals("Key rotation skipped the verifier service", first.content().rootCause());
        AnalysisPlan second = plan.analyses().get(1);
        assertEquals(List.of("The TTL is read in seconds, written in minutes"),
                second.content().whys().stream().map(w -> w.answer()).toList(), "Why #1");
        assertEquals("Unit mismatch in the session TTL setting", second.content().rootCause());

        FixPlan fix = first.fixes().get(0);
        assertEquals(FixStatus.DEPLOYED, fix.status(), "TOKEN FIX DEPLOYED");
        assertEquals("4f9c2ab77e", fix.content().commitSha().value(), "**Commit**: under the fix");
        assertEquals("auth/verifier.py 40-52", fix.content().files().get(0).path() + " "
                + fix.content().files().get(0).lines());
        List<Check> checks = fix.audits().get(0).content().checks();
        assertEquals(List.of("Secrets Handling 70", "Key Rotation 100"),
                checks.stream().map(c -> c.name() + " " + c.score()).toList(), "percentages before the text");
        assertEquals(AuditRecommendation.APPROVED_WITH_CONDITIONS, fix.audits().get(0).content().recommendation());
        assertEquals(RiskLevel.LOW, fix.validations().get(0).content().riskLevel());
        assertEquals(Readiness.CONDITIONAL_GO, fix.validations().get(0).content().readiness());
        assertEquals("Rotate the staging signing key first", fix.validations().get(0).content().notes());
        assertEquals(List.of(), second.fixes(), "the second analysis has no fix of its own");
    }

    /**
     * Facts checked, each written as a table row: the success criteria's names, targets and met/missed/open state; the
     * problem, whys and root cause; the fix's files with their line ranges and notes; its commit; the audit's checks
     * with their scores; and, as lines beside the tables, the fix's status and the audit's recommendation.
     */
    @Test
    void aVariantWrittenWithTablesLandsEachFactInItsField() {
        ImportPlan plan = plan(TestFiles.text(TABLES));
        assertEquals(List.of("Single Charge: A retried charge is charged once MET",
                "Retry Latency: <2s for 95th percentile retries MISSED",
                "Audit Trail: Every retry is logged with its key OPEN"),
                plan.criteria().stream().map(c -> c.text() + " " + c.state()).toList(), "criteria as a table");
        AnalysisPlan analysis = plan.analyses().get(0);
        assertEquals("A retried charge is charged twice on staging", analysis.content().problemStatement());
        assertEquals(List.of("The retry sends a new idempotency key", "The key is made per attempt, not per charge"),
                analysis.content().whys().stream().map(w -> w.answer()).toList(), "whys as table rows");
        assertEquals("The idempotency key is generated inside the retry loop", analysis.content().rootCause());

        FixPlan fix = onlyFix(plan);
        assertEquals(FixStatus.MERGED, fix.status(), "RETRY FIX MERGED");
        assertEquals("Retries reuse the idempotency key of the first attempt", fix.content().summary());
        assertEquals(List.of("payments/retry.py 88-104", "payments/gateway_client.py 12-15, 30"),
                fix.content().files().stream().map(f -> f.path() + " " + f.lines()).toList(),
                "the files' table, with line ranges");
        assertEquals("the key is made once per charge", new SessionLogParser().parse(TestFiles.text(TABLES)).results()
                .fixes().get(0).files().get(0).note(), "a file's note from its row");
        assertEquals("9e1d7c0b42", fix.content().commitSha().value(), "| **Commit** | `9e1d7c0b42` |");
        assertEquals(List.of("Idempotency 100", "Card Data Logging 85"), fix.audits().get(0).content().checks().stream()
                .map(c -> c.name() + " " + c.score()).toList(), "the checks' table, with scores");
        assertEquals(AuditRecommendation.APPROVED_WITH_CONDITIONS, fix.audits().get(0).content().recommendation());
    }

    private static FixPlan onlyFix(ImportPlan plan) {
        List<FixPlan> fixes = plan.analyses().stream().flatMap(a -> a.fixes().stream()).toList();
        assertEquals(1, fixes.size(), fixes.toString());
        return fixes.get(0);
    }

    private ImportPlan plan(String log) {
        return LogPlanner.plan(new SessionLogParser().parse(log),
                LogPlanner.Context.of("netra-systems/netra-apex", Instant.parse("2025-10-03T12:00:00Z"), config));
    }
}
