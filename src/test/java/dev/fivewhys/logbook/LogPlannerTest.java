package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.fivewhys.audit.AuditContent;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityContent;
import dev.fivewhys.logbook.ImportPlan.EntryValues;
import dev.fivewhys.logbook.parse.SessionLogParser;
import dev.fivewhys.session.SessionStatus;

/** What a log becomes where the seeds do not show it: times past midnight, things a log leaves unsaid. */
class LogPlannerTest {

    private static final LogPlanner.Context UTC = new LogPlanner.Context(ZoneId.of("UTC"), "acme/shop", Map.of(),
            Instant.parse("2026-01-01T12:00:00Z"));

    private static ImportPlan plan(String log) {
        return LogPlanner.plan(new SessionLogParser().parse(log), UTC);
    }

    @Test
    void timesOnlyTakeTheSessionsDayAndARunPastMidnightTheNext() {
        ImportPlan plan = plan("""
                # Night run
                **Session Started:** 2025-09-09 23:05
                **Current Status:** BLOCKED on staging

                ## SESSION LOG
                ### 23:50 - LATE
                ### 00:10 - AFTER MIDNIGHT
                ### 01:00 - LATER STILL
                ### 2025-09-12 - A DAY ONLY
                ### 08:00 - MORNING OF THAT DAY
                """);
        assertEquals(SessionStatus.BLOCKED, plan.session().status());
        assertEquals(List.of("2025-09-09T23:50:00Z", "2025-09-10T00:10:00Z", "2025-09-10T01:00:00Z",
                "2025-09-12T00:00:00Z", "2025-09-12T08:00:00Z"),
                plan.entries().stream().filter(e -> e.section() == null).map(e -> e.occurredAt().toString()).toList());
        assertEquals("**Current Status:** BLOCKED on staging", plan.entries().get(0).body(), "kept: not the report's words");
        assertEquals(Instant.parse("2025-09-09T23:05:00Z"), plan.session().startedAt());
    }

    @Test
    void textOfTheLogsOwnSectionsIsKeptWhereItStood() {
        ImportPlan plan = plan("""
                # Session - 20251201
                **Mission:** Ship it
                **Owner:** platform team

                ## SESSION LOG
                ### 09:00 - STARTED
                ✅ ok

                ## Lessons
                Look at imports first.

                ---
                *Session Status: done*
                """);
        List<EntryValues> entries = plan.entries();
        assertEquals(List.of("Session - 20251201", "STARTED", "Lessons", KeptText.FOOTER_TITLE),
                entries.stream().map(EntryValues::title).toList());
        assertEquals("**Owner:** platform team", entries.get(0).body(), "the mission is a field, the owner is kept");
        assertEquals(LogSection.HEADER, entries.get(0).section());
        assertEquals("Look at imports first.", entries.get(2).body());
        assertEquals(Instant.parse("2025-12-01T09:00:00Z"), entries.get(2).occurredAt(), "dated like what it follows");
        assertEquals("*Session Status: done*", entries.get(3).body());
        assertNull(entries.get(1).section());
    }

    @Test
    void whatALogLeavesUnsaidIsAssumedAndSaid() {
        ImportPlan plan = plan("""
                # Session
                ## SESSION LOG
                ### 2025-09-10 10:00 - SSOT COMPLIANCE AUDIT COMPLETED
                ✅ **Import Validation**: fine (100% compliant)
                ### 2025-09-10 11:00 - FIVE WHYS ANALYSIS
                **Why #1**: because
                ### 2025-09-10 12:00 - FIX
                ✅ **Fix Applied**: the fix, see PR #7
                ### 2025-09-10 13:00 - SYSTEM STABILITY VALIDATION COMPLETED
                ✅ **Smoke**: passes
                ### 2025-09-10 14:00 - SECOND AUDIT
                ✅ **Recommendation**: APPROVED - sound
                """);
        assertEquals(1, plan.analyses().size());
        ImportPlan.FixPlan fix = plan.analyses().get(0).fixes().get(0);
        assertEquals(7, fix.content().pullRequest().number());
        assertEquals("acme/shop", fix.content().pullRequest().repository(), "a number alone is the project's repository");
        assertEquals(2, fix.audits().size(), "an audit before the fix belongs to it too");
        AuditContent first = fix.audits().get(0).content();
        AuditContent second = fix.audits().get(1).content();
        assertEquals(AuditRecommendation.REJECTED, first.recommendation());
        assertEquals(AuditRecommendation.APPROVED, second.recommendation());
        assertEquals("sound", second.verdict());
        assertEquals("fine", first.checks().get(0).note());
        assertEquals(100, first.checks().get(0).score());
        StabilityContent stability = fix.validations().get(0).content();
        assertEquals(RiskLevel.MEDIUM, stability.riskLevel());
        assertEquals(Readiness.NO_GO, stability.readiness());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("no recommendation")), plan.notes().toString());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("recorded as MEDIUM")), plan.notes().toString());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("recorded as NO GO")), plan.notes().toString());
        assertTrue(plan.analyses().get(0).complete() == false, "no problem statement nor root cause: a draft");
    }
}
