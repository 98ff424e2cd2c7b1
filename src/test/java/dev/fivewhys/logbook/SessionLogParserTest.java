package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.logbook.parse.ExpectedCount;
import dev.fivewhys.logbook.parse.GitHubReference;
import dev.fivewhys.logbook.parse.LineRange;
import dev.fivewhys.logbook.parse.ParsedAnalysis;
import dev.fivewhys.logbook.parse.ParsedAudit;
import dev.fivewhys.logbook.parse.ParsedCheck;
import dev.fivewhys.logbook.parse.ParsedField;
import dev.fivewhys.logbook.parse.ParsedFileChange;
import dev.fivewhys.logbook.parse.ParsedFix;
import dev.fivewhys.logbook.parse.ParsedHeader;
import dev.fivewhys.logbook.parse.ParsedImpact;
import dev.fivewhys.logbook.parse.ParsedPhase;
import dev.fivewhys.logbook.parse.ParsedResults;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.logbook.parse.ParsedStability;
import dev.fivewhys.logbook.parse.ParsedSuite;
import dev.fivewhys.logbook.parse.ParsedTimelineEntry;
import dev.fivewhys.logbook.parse.ParsedWhy;
import dev.fivewhys.logbook.parse.SessionLogParser;
import dev.fivewhys.logbook.parse.SourceSpan;
import dev.fivewhys.logbook.parse.UnrecognizedBlock;
import dev.fivewhys.logbook.repair.TextRepair;
import dev.fivewhys.session.ImpactBasis;

class SessionLogParserTest {

    private static final ParsedSessionLog GOLDEN_PATH = new SessionLogParser().parse(Seeds.read(Seeds.GOLDEN_PATH));
    private static final ParsedSessionLog NIGHT = new SessionLogParser().parse(Seeds.read(Seeds.NIGHT_VALIDATION));

    private final SessionLogParser parser = new SessionLogParser();

    @Test
    void goldenPathReadsTheHeader() {
        ParsedHeader header = GOLDEN_PATH.header();
        assertEquals("ULTIMATE TEST DEPLOY LOOP: Golden Path P0 Continuation - 20250910", header.title());
        assertEquals(LocalDate.of(2025, 9, 10), header.titleDate());
        assertEquals(LocalDate.of(2025, 9, 10), header.started().date());
        assertNull(header.started().time());
        assertEquals("Continuation Session", header.started().note());
        assertEquals("Execute P0 Golden Path e2e staging tests until ALL critical business flows pass",
                header.mission());
        assertEquals("CONTINUING FROM WEBSOCKET MESSAGE PROCESSING ISSUES", header.currentStatus());
        assertEquals("Infrastructure connectivity fixed, message processing layer failing with 1011 errors",
                header.previousSummary());
        assertEquals(4, header.executiveSummary().size());
        assertEquals("❌", header.executiveSummary().get(2).mark());
    }

    @Test
    void goldenPathReadsTheBusinessImpact() {
        ParsedImpact impact = GOLDEN_PATH.impact();
        assertEquals(55_000_000L, impact.amountMinor());
        assertEquals("USD", impact.currency());
        assertEquals(ImpactBasis.MRR, impact.basis());
        assertTrue(impact.atLeast());
        assertEquals("$550K+", impact.amountText());
        assertEquals("at risk due to complete chat functionality blockage", impact.note());
        assertEquals(SourceSpan.line(13), impact.source());
    }

    @Test
    void goldenPathReadsPhasesWithPrioritiesFromTheNumberedList() {
        List<ParsedPhase> phases = GOLDEN_PATH.plan().phases();
        assertEquals(List.of(1, 2, 3), phases.stream().map(ParsedPhase::number).toList());
        assertEquals("WebSocket Message Layer Fix Validation", phases.get(0).name());
        assertEquals(List.of("CRITICAL", "HIGH", "HIGH"), phases.stream().map(ParsedPhase::priority).toList());
        assertEquals(List.of(3, 3, 2), phases.stream().map(p -> p.suites().size()).toList());
        ParsedSuite first = phases.get(0).suites().get(0);
        assertEquals("tests/e2e/staging/test_1_websocket_events_staging.py", first.path());
        assertEquals("WebSocket event flow validation", first.description());
        assertNull(first.expected());
        assertEquals(5, GOLDEN_PATH.plan().criteria().size());
        assertEquals("Performance Targets", GOLDEN_PATH.plan().criteria().get(3).name());
        assertEquals("<2s for 95th percentile P0 flows", GOLDEN_PATH.plan().criteria().get(3).text());
    }

    @Test
    void goldenPathReadsTheTimeline() {
        assertEquals(9, GOLDEN_PATH.timeline().size());
        ParsedTimelineEntry first = GOLDEN_PATH.timeline().get(0);
        assertEquals(LocalDate.of(2025, 9, 10), first.date());
        assertNull(first.time());
        assertEquals("SESSION INITIALIZATION COMPLETED", first.title());
        assertTrue(first.body().startsWith("✅ **Session Log Created**:"));
    }

    @Test
    void goldenPathReadsGitHubReferences() {
        ParsedResults results = GOLDEN_PATH.results();
        assertEquals(List.of(152), results.issueNumbers());
        assertEquals(List.of(156), results.pullRequestNumbers());
        assertEquals(List.of(3272998681L, 3272999104L), results.commentIds());
        GitHubReference issue = results.github().get(0);
        assertEquals("netra-systems/netra-apex", issue.repository());
        assertEquals("https://github.com/netra-systems/netra-apex/issues/152", issue.url());
        GitHubReference prComment = results.github().stream().filter(r -> r.commentId() != null).findFirst()
                .orElseThrow();
        assertEquals(GitHubReference.Kind.PULL_REQUEST, prComment.kind());
        assertEquals(156, prComment.number());
        assertEquals(List.of("claude-code-generated-issue"), results.labels());
    }

    @Test
    void goldenPathReadsTheFiveWhysInOrder() {
        ParsedAnalysis analysis = GOLDEN_PATH.results().mainAnalysis().orElseThrow();
        assertEquals(List.of(1, 2, 3, 4, 5), analysis.whys().stream().map(ParsedWhy::number).toList());
        assertEquals("Function moved during database_manager SSOT consolidation", analysis.whys().get(0).text());
        assertEquals("Missing import validation in deployment pipeline", analysis.whys().get(4).text());
        assertEquals("SSOT database consolidation broke WebSocket import dependencies", analysis.rootCause());
        assertEquals("Update import from `netra_backend.app.db.session` to `netra_backend.app.db.database_manager`",
                analysis.fixIdentified());
        assertEquals("Implement cross-module dependency tracking and validation", analysis.preventionStrategy());
    }

    @Test
    void goldenPathReadsTheFixWithItsLineRanges() {
        ParsedFix fix = GOLDEN_PATH.results().fixes().get(0);
        assertEquals(1, GOLDEN_PATH.results().fixes().size());
        ParsedFileChange file = fix.files().get(0);
        assertEquals("/netra_backend/app/websocket_core/websocket_manager_factory.py", file.path());
        assertEquals(List.of(new LineRange(2352, 2353), new LineRange(2465, 2466)), file.lines());
        assertTrue(fix.summary().startsWith("Updated WebSocket manager factory imports"));
    }

    @Test
    void goldenPathReadsTheAudit() {
        ParsedAudit audit = GOLDEN_PATH.results().audits().get(0);
        assertEquals("SSOT", audit.kind());
        assertEquals(0, new BigDecimal("96").compareTo(audit.overallScorePercent()));
        assertEquals("PASS", audit.verdict());
        assertEquals("APPROVED FOR DEPLOYMENT", audit.recommendation());
        assertEquals("architecturally sound and ready for staging", audit.recommendationNote());
        ParsedCheck megaClass = audit.checks().stream().filter(c -> c.name().equals("Mega Class Size")).findFirst()
                .orElseThrow();
        assertEquals(CheckOutcome.WARN, megaClass.outcome());
        assertTrue(megaClass.note().startsWith("File exceeds 2000 lines (2660 lines)"));
        assertEquals(1, audit.checks().stream().filter(c -> c.outcome() == CheckOutcome.WARN).count());
        ParsedCheck ssot = audit.checks().get(0);
        assertEquals("SSOT Validation", ssot.name());
        assertEquals(CheckOutcome.PASS, ssot.outcome());
        assertEquals(0, new BigDecimal("100").compareTo(ssot.scorePercent()));
    }

    @Test
    void goldenPathReadsTheStabilityValidation() {
        ParsedStability stability = GOLDEN_PATH.results().stabilityValidations().get(0);
        assertEquals(RiskLevel.LOW, stability.risk());
        assertEquals(Readiness.GO, stability.readiness());
        assertEquals("DEPLOYMENT APPROVED", stability.readinessText());
        assertEquals("System ready for deployment with confidence", stability.recommendation());
        ParsedCheck performance = stability.checks().stream().filter(c -> c.name().equals("Performance Impact"))
                .findFirst().orElseThrow();
        assertEquals("0.0008s average", performance.measurement());
        assertEquals("EXCELLENT", performance.verdict());
        assertEquals("PASSED", stability.checks().get(0).verdict());
    }

    @Test
    void goldenPathKeepsTheSectionsItDoesNotUnderstand() {
        List<UnrecognizedBlock> blocks = GOLDEN_PATH.preview().unrecognized();
        assertEquals(2, blocks.size());
        assertEquals(new SourceSpan(38, 62), blocks.get(0).source());
        assertTrue(blocks.get(0).text().contains("websockets.exceptions.ConnectionClosedError: \n"));
        assertEquals("NEXT STEPS IN PROCESS:", blocks.get(1).section());
        assertEquals(3, GOLDEN_PATH.footer().size());
        assertEquals("Business Protection", GOLDEN_PATH.footer().get(2).key());
    }

    @Test
    void nightReadsTheHeader() {
        assertEquals(LocalDate.of(2025, 9, 9), NIGHT.header().titleDate());
        assertEquals(LocalDateTime.of(2025, 9, 9, 23, 5), NIGHT.header().started().dateTime());
        assertEquals("Critical WebSocket auth security vulnerability fixed at 22:35",
                NIGHT.header().previousSummary());
    }

    /**
     * "$120K+ MRR at risk" belongs to one focus area (the P1 tests), not to the session; the
     * session-level "Business Impact" line (the footer here, as 004 has no executive summary)
     * says $500K+ ARR, as do the timeline's business-value lines.
     */
    @Test
    void nightTakesTheSessionLevelImpactNotAFocusArea() {
        ParsedImpact impact = NIGHT.impact();
        assertEquals(50_000_000L, impact.amountMinor());
        assertEquals(ImpactBasis.ARR, impact.basis());
        assertTrue(impact.atLeast());
        assertEquals("Business Impact", impact.label());
        ParsedImpact focusArea = NIGHT.results().impactMentions().get(0);
        assertEquals(12_000_000L, focusArea.amountMinor());
        assertEquals(ImpactBasis.MRR, focusArea.basis());
        assertEquals("at risk", focusArea.note());
        assertEquals("P1", NIGHT.plan().focusAreas().get(0).priority());
    }

    @Test
    void nightReadsPhasesSuitesAndCounts() {
        List<ParsedPhase> phases = NIGHT.plan().phases();
        assertEquals(List.of(1, 2, 3, 4), phases.stream().map(ParsedPhase::number).toList());
        assertEquals("Infrastructure Validation", phases.get(0).name());
        assertEquals(new ExpectedCount("5-10 tests", 5, 10), phases.get(0).expected());
        assertEquals(new ExpectedCount("100+ tests", 100, null), phases.get(3).expected());
        List<Integer> exactCounts = phases.stream().flatMap(p -> p.suites().stream())
                .map(ParsedSuite::expected).filter(c -> c != null && c.exact()).map(ExpectedCount::min).toList();
        assertEquals(List.of(25, 5, 6, 7, 8, 20, 20), exactCounts);
        ParsedSuite first = phases.get(0).suites().get(0);
        assertEquals("tests/e2e/staging/test_priority1_critical_REAL.py", first.path());
        assertEquals("Critical functionality", first.description());
        ParsedSuite glob = phases.get(3).suites().get(2);
        assertEquals("tests/e2e/integration/test_staging_*.py", glob.path());
        assertEquals(5, NIGHT.plan().criteria().size());
    }

    @Test
    void nightReadsTheTimelineByTime() {
        List<LocalTime> times = NIGHT.timeline().stream().map(ParsedTimelineEntry::time).toList();
        assertEquals(List.of("23:05", "23:08", "23:10", "23:20", "23:35", "23:45"),
                times.stream().map(LocalTime::toString).toList());
        ParsedTimelineEntry fiveWhys = NIGHT.timeline().get(3);
        assertEquals("FIVE-WHYS BUG ANALYSIS & FIX COMPLETED", fiveWhys.title());
        assertTrue(fiveWhys.body().endsWith("ready to proceed with Phase 2 validation"));
    }

    @Test
    void nightReadsTheIssueAndItsLabels() {
        assertEquals(List.of(127), NIGHT.results().issueNumbers());
        assertEquals(List.of("claude-code-generated-issue", "enhancement", "websocket"), NIGHT.results().labels());
    }

    @Test
    void nightReadsTheFixAndItsCommit() {
        assertEquals("8365f3012", NIGHT.results().commits().get(0).sha());
        ParsedFix fix = NIGHT.results().fixes().get(0);
        assertEquals(1, NIGHT.results().fixes().size());
        assertEquals(List.of("8365f3012"), fix.commits());
        assertEquals("netra_backend/app/websocket_core/__init__.py", fix.files().get(0).path());
        assertEquals("Removed fatal fallback imports", fix.files().get(0).note());
        assertEquals(2, fix.newTests().size());
        ParsedAnalysis analysis = NIGHT.results().analyses().get(0);
        assertTrue(analysis.whys().isEmpty());
        assertTrue(analysis.rootCause().startsWith("Fatal fallback import behavior"));
    }

    @Test
    void nightReadsTheAuditAndValidation() {
        ParsedAudit audit = NIGHT.results().audits().get(0);
        assertEquals(0, new BigDecimal("100").compareTo(audit.overallScorePercent()));
        assertEquals("CLEARED FOR 1000+ TEST MARATHON", audit.recommendation());
        assertEquals("tests/e2e/test_results/SSOT_COMPLIANCE_AUDIT_WEBSOCKET_FIX_20250909_NIGHT.md",
                audit.reportPath());
        ParsedStability stability = NIGHT.results().stabilityValidations().get(0);
        assertEquals(Readiness.CONDITIONAL_GO, stability.readiness());
        assertEquals("CONDITIONAL GO", stability.readinessText());
        assertNull(stability.risk(), "\"Zero Risk Assessment\" names no LOW/MEDIUM/HIGH level");
        assertEquals(0, new BigDecimal("100").compareTo(stability.scorePercent()));
        assertEquals(List.of("FINDINGS", "SOLUTION", "NEXT"),
                stability.notes().stream().map(ParsedField::key).toList());
        assertEquals(4, NIGHT.results().reports().size());
    }

    @Test
    void nightRecognizesEveryLine() {
        assertTrue(NIGHT.preview().unrecognized().isEmpty(), NIGHT.preview().unrecognizedText());
    }

    @Test
    void fingerprintIgnoresWhitespaceAndGarbling() {
        String seed = Seeds.read(Seeds.NIGHT_VALIDATION);
        String repaired = TextRepair.repair(seed).text();
        String reflowed = repaired.replace("\n", "\r\n").replace("  \r\n", "\r\n");
        ParsedSessionLog original = parser.parse(seed);

        assertEquals(original.fingerprint(), parser.parse(repaired).fingerprint());
        assertEquals(original.fingerprint(), parser.parse(reflowed).fingerprint());
        assertNotEquals(original.fingerprint(), parser.parse(repaired.replace("23:45", "23:46")).fingerprint());
        assertEquals(64, original.fingerprint().length());
    }

    /** What the report writes for a session typed in through the forms, which the seeds never needed. */
    @Test
    void readsStatedPrioritiesPhaseProseAndAnalysisProblem() {
        ParsedSessionLog log = parser.parse("""
                # Session
                #### Phase 1: P0 Smoke (5-10 tests) (priority: urgent)
                Run right after the deploy.
                - `tests/smoke.py` - (3 tests)

                ## SESSION LOG
                ### 2025-09-10 09:00 - FIVE WHYS ANALYSIS
                **Problem Statement**: Chat is down
                **Why #1**: The import moved
                **Root Cause Category**: dependency/import
                """);
        ParsedPhase phase = log.plan().phases().get(0);
        assertEquals("P0 Smoke", phase.name());
        assertEquals("urgent", phase.priority());
        assertEquals("5-10 tests", phase.expected().text());
        assertEquals("Run right after the deploy.", phase.description());
        assertEquals(3, phase.suites().get(0).expected().min());
        ParsedAnalysis analysis = log.results().analyses().get(0);
        assertEquals("Chat is down", analysis.problemStatement());
        assertEquals("dependency/import", analysis.category());
        assertTrue(log.preview().unrecognized().isEmpty(), log.preview().unrecognizedText());
    }

    @Test
    void readsOtherCurrenciesAndPlainAmounts() {
        ParsedSessionLog log = parser.parse("""
                # Session
                **Business Impact:** €1.2M ARR exposed
                Also $12,500 in passing.
                """);
        assertEquals(120_000_000L, log.impact().amountMinor());
        assertEquals("EUR", log.impact().currency());
        assertFalse(log.impact().atLeast());
        ParsedImpact plain = log.results().impactMentions().get(1);
        assertEquals(1_250_000L, plain.amountMinor());
        assertNull(plain.basis());
    }
}
