package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.analysis.RootCauseCategory;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.logbook.parse.SessionLogParser;
import dev.fivewhys.logbook.report.SessionReport;

/** The report of an imported log reads back into the same plan, without a database: the layout's own round trip. */
class SessionReportTest {

    private static final LogPlanner.Context CONTEXT = new LogPlanner.Context(ZoneId.of("Europe/Berlin"),
            "netra-systems/netra-apex", Map.of("dependency/import", category("dependency/import")),
            Instant.parse("2026-01-01T00:00:00Z"));

    private static RootCauseCategory category(String name) {
        RootCauseCategory category = new RootCauseCategory();
        category.name = name;
        return category;
    }

    private final SessionLogParser parser = new SessionLogParser();

    @ParameterizedTest
    @ValueSource(strings = { Seeds.GOLDEN_PATH, Seeds.NIGHT_VALIDATION })
    void reportOfAnImportedLogReadsBackTheSame(String seed) {
        ParsedSessionLog log = parser.parse(Seeds.read(seed));
        ImportPlan imported = LogPlanner.plan(log, CONTEXT);

        String report = SessionReport.write(imported, CONTEXT, List.of());
        ParsedSessionLog reread = parser.parse(report);
        ImportPlan again = LogPlanner.plan(reread, CONTEXT);

        assertEquals(imported.session(), again.session());
        assertEquals(imported.phases(), again.phases());
        assertEquals(imported.criteria(), again.criteria());
        assertEquals(imported.entries(), again.entries());
        assertEquals(imported.analyses(), again.analyses());
        assertEquals(imported.links(), again.links());
        assertEquals(log.preview().unrecognizedText(), reread.preview().unrecognizedText(),
                "what was not recognized is written back as it was");
        assertEquals(report, SessionReport.write(again, CONTEXT, List.of()), "the report of the report is the report");
    }

    @ParameterizedTest
    @ValueSource(strings = { Seeds.GOLDEN_PATH, Seeds.NIGHT_VALIDATION })
    void reportHasTheSeedsShape(String seed) {
        String report = SessionReport.write(LogPlanner.plan(parser.parse(Seeds.read(seed)), CONTEXT), CONTEXT, List.of());
        assertTrue(report.startsWith("# ULTIMATE TEST DEPLOY LOOP: "), report);
        for (String part : List.of("**Session Started:** 2025-09-", "**Mission:** Execute ", "**Current Status:** ",
                "#### Phase 1: ", "✅ **GitHub Issue Created**: https://github.com/netra-systems/netra-apex/issues/1",
                "SSOT COMPLIANCE AUDIT COMPLETED", "SYSTEM STABILITY VALIDATION COMPLETED", "---")) {
            assertTrue(report.contains(part), part + " in\n" + report);
        }
        assertTrue(report.contains("$550K+ MRR") || report.contains("$500K+ ARR"), "business impact");
    }
}
