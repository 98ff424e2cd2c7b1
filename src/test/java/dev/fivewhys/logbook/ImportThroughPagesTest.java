package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.logbook.repair.TextRepair;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.LogEntry;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The team's two logs imported through the pages as an engineer would: upload, preview, confirm. What the preview shows
 * and what gets stored is checked against the logs' own text, and nothing of it may be lost.
 */
@QuarkusTest
class ImportThroughPagesTest {

    private static final Pattern WHY = Pattern.compile("\\*\\*Why #(\\d+)\\*\\*: (.+?)\\s*$", Pattern.MULTILINE);
    private static final Pattern LINES = Pattern.compile("\\(lines ([0-9, -]+)\\)");

    private static long project;

    @BeforeAll
    static void setUp() {
        Fixtures.standardUsers();
        project = Fixtures.project("import-pages").id;
        QuarkusTransaction.requiringNew().run(() -> {
            dev.fivewhys.project.Project p = dev.fivewhys.project.Project.findById(project);
            p.githubRepository = "netra-systems/netra-apex";
        });
    }

    @BeforeEach
    void forget() {
        LogImports.forgetImports();
    }

    @Test
    void goldenPathLogIsPreviewedAndImported() {
        String raw = Seeds.read(Seeds.GOLDEN_PATH);
        String log = TextRepair.repair(raw).text();
        WebClient engineer = WebClient.loginAs("engineer");
        long syncJobs = syncJobs();

        Response preview = LogImports.preview(engineer, project, Seeds.GOLDEN_PATH, raw);
        assertEquals(200, preview.statusCode(), preview.asString());
        String page = LogImports.unescape(preview.asString());
        assertTrue(log.contains("$550K+ MRR at risk"));
        for (String shown : List.of("ULTIMATE TEST DEPLOY LOOP: Golden Path P0 Continuation - 20250910", "2025-09-10",
                "$550,000 MRR", "$550K+", "#152", "https://github.com/netra-systems/netra-apex/issues/152", "#156",
                "https://github.com/netra-systems/netra-apex/pull/156#issuecomment-3272998681", "claude-code-generated-issue",
                "Phase 1: WebSocket Message Layer Fix Validation", "SSOT database consolidation broke WebSocket import",
                "2352-2353, 2465-2466", "96%", "APPROVED FOR DEPLOYMENT", "LOW risk", "GO")) {
            assertTrue(page.contains(shown), "preview shows " + shown);
        }
        for (String why : whys(log)) {
            assertTrue(page.contains(why), "preview shows the why " + why);
        }
        assertTrue(page.contains("<mark>## PREVIOUS SESSION KEY FINDINGS:"), "unrecognized text is shown as it is");
        assertTrue(page.contains("websockets.exceptions.ConnectionClosedError"));

        long id = LogImports.sessionId(LogImports.confirm(engineer, preview));
        QuarkusTransaction.requiringNew().run(() -> {
            TestSession session = TestSession.findById(id);
            assertEquals("ULTIMATE TEST DEPLOY LOOP: Golden Path P0 Continuation - 20250910", session.title);
            assertEquals(55_000_000L, session.impact.amountMinor);
            assertEquals(ImpactBasis.MRR, session.impact.basis);
            assertEquals("USD", session.impact.currency);
            assertEquals(List.of(3, 3, 2), session.phases.stream().map(p -> p.suites.size()).toList());
            assertEquals(5, session.criteria.size());
            assertEquals("2025-09-10T00:00:00Z", session.startedAt.toString());

            Analysis analysis = Analysis.listForSession(session).get(0);
            assertEquals(whys(log), analysis.whys.stream().map(w -> w.answer).toList());
            assertEquals("SSOT database consolidation broke WebSocket import dependencies", analysis.rootCause);
            assertTrue(log.contains("**Prevention Strategy**: " + analysis.preventionStrategy));
            assertTrue(log.contains("**Fix Identified**: " + analysis.fixIdentified));
            assertEquals(AnalysisStatus.COMPLETE, analysis.status);

            Fix fix = Fix.listForAnalysis(analysis).get(0);
            assertEquals(linesOf(log), List.of(fix.files.get(0).lineRanges));
            assertEquals("2352-2353, 2465-2466", fix.files.get(0).lineRanges);
            assertEquals(156, fix.pullRequestNumber);
            assertEquals("netra-systems/netra-apex", fix.pullRequestRepository);
            ComplianceAudit audit = ComplianceAudit.listForFix(fix).get(0);
            assertEquals(96, audit.score().overall().getAsInt());
            assertEquals(AuditRecommendation.APPROVED, audit.recommendation);
            assertTrue(audit.verdict.startsWith("APPROVED FOR DEPLOYMENT"));
            assertEquals(5, audit.checks.size());
            StabilityValidation stability = StabilityValidation.listForFix(fix).get(0);
            assertEquals(RiskLevel.LOW, stability.riskLevel);
            assertEquals(Readiness.GO, stability.readiness);

            List<GitHubLink> links = GitHubLink.listFor(ImportWriter.LINK_RECORD, session.id);
            assertEquals(List.of("https://github.com/netra-systems/netra-apex/issues/152",
                    "https://github.com/netra-systems/netra-apex/pull/156#issuecomment-3272998681",
                    "https://github.com/netra-systems/netra-apex/issues/152#issuecomment-3272999104"),
                    links.stream().map(l -> l.url).toList());
            assertTrue(links.stream().allMatch(l -> l.imported));
        });
        assertEquals(syncJobs, syncJobs(), "an import writes nothing to GitHub");
        String sessionPage = engineer.get("/sessions/" + id).asString();
        assertTrue(sessionPage.contains("from a markdown log by engineer"), "the session says where it came from");
        assertTrue(sessionPage.contains("href=\"https://github.com/netra-systems/netra-apex/issues/152\""));
        assertTrue(sessionPage.contains("href=\"/sessions/" + id + "/report.md\""), "the Report button");
        assertNothingLost(log, id);
    }

    @Test
    void nightValidationLogIsPreviewedAndImported() {
        String raw = Seeds.read(Seeds.NIGHT_VALIDATION);
        String log = TextRepair.repair(raw).text();
        WebClient engineer = WebClient.loginAs("engineer");

        Response preview = LogImports.preview(engineer, project, Seeds.NIGHT_VALIDATION, raw);
        assertEquals(200, preview.statusCode(), preview.asString());
        String page = LogImports.unescape(preview.asString());
        for (String shown : List.of("$500,000 ARR", "$500K+", "#127", "8365f3012", "CONDITIONAL GO",
                "CLEARED FOR 1000+ TEST MARATHON", "Every line was recognized", "2025-09-09 23:45")) {
            assertTrue(page.contains(shown), "preview shows " + shown);
        }
        assertTrue(log.contains("$500K+ ARR") && log.contains("issues/127") && log.contains("commit 8365f3012"));

        long id = LogImports.sessionId(LogImports.confirm(engineer, preview));
        QuarkusTransaction.requiringNew().run(() -> {
            TestSession session = TestSession.findById(id);
            assertEquals(50_000_000L, session.impact.amountMinor);
            assertEquals(ImpactBasis.ARR, session.impact.basis);
            assertEquals("2025-09-09T23:05:00Z", session.startedAt.toString());
            assertEquals("ALL 1000 e2e staging tests passing", session.target);
            assertEquals(List.of("23:05", "23:08", "23:10", "23:20", "23:35", "23:45"), session.timeline.stream()
                    .filter(e -> !isKept(e)).map(e -> e.occurredAt.toString().substring(11, 16)).toList());
            Analysis analysis = Analysis.listForSession(session).get(0);
            assertTrue(analysis.whys.isEmpty(), "the night log names no whys");
            assertEquals(AnalysisStatus.DRAFT, analysis.status);
            Fix fix = Fix.listForAnalysis(analysis).get(0);
            assertEquals("8365f3012", fix.commitSha);
            assertEquals("netra_backend/app/websocket_core/__init__.py", fix.files.get(0).path);
            assertEquals(2, fix.tests.size());
            StabilityValidation stability = StabilityValidation.listForFix(fix).get(0);
            assertEquals(Readiness.CONDITIONAL_GO, stability.readiness);
            assertEquals(RiskLevel.LOW, stability.riskLevel, "\"Zero Risk Assessment\"");
            assertEquals(100, ComplianceAudit.listForFix(fix).get(0).score().overall().getAsInt());
            assertEquals(List.of("https://github.com/netra-systems/netra-apex/issues/127"),
                    GitHubLink.listFor(ImportWriter.LINK_RECORD, session.id).stream().map(l -> l.url).toList());
        });
        assertNothingLost(log, id);
    }

    @Test
    void theSameLogIsRefusedTheSecondTimeAndNothingIsCreated() {
        String raw = Seeds.read(Seeds.NIGHT_VALIDATION);
        WebClient engineer = WebClient.loginAs("engineer");
        Response first = LogImports.preview(engineer, project, Seeds.NIGHT_VALIDATION, raw);
        long id = LogImports.sessionId(LogImports.confirm(engineer, first));
        long sessions = sessions();

        Response again = LogImports.preview(engineer, project, Seeds.NIGHT_VALIDATION, raw);
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("imported already"), again.asString());
        assertTrue(again.asString().contains("href=\"/sessions/" + id + "\""), "links to the existing session");
        assertFalse(again.asString().contains("/sessions/import/confirm"), "no way to confirm it");

        // The same log re-saved with other line endings is the same log; confirming it directly is refused too.
        Response confirmed = engineer.post("/sessions/import/confirm",
                java.util.Map.of("projectId", project, "text", TextRepair.repair(raw).text().replace("\n", "\r\n")));
        assertEquals(409, confirmed.statusCode());
        assertTrue(confirmed.asString().contains("imported already"));
        assertEquals(sessions, sessions(), "nothing created");
    }

    @Test
    void pastedTextWithoutATitleIsRefusedWithTheReason() {
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/import");
        Response response = engineer.postMultipart("/sessions/import",
                java.util.Map.of("projectId", project, "text", "Just some notes ✅, no heading."), "file", "", null);
        assertEquals(400, response.statusCode());
        assertTrue(response.asString().contains("The log has no title"), response.asString());

        Response nothing = engineer.postMultipart("/sessions/import", java.util.Map.of("projectId", project), "file", "",
                null);
        assertEquals(400, nothing.statusCode());
        assertTrue(nothing.asString().contains("Upload the log as a file, or paste its text"));
    }

    /** Every non-blank line of the log is in the stored text: word for word, or (for values) every word of it. */
    private static void assertNothingLost(String log, long sessionId) {
        String stored = StoredText.of(sessionId);
        List<String> lost = new ArrayList<>();
        for (String line : log.split("\\R")) {
            if (line.isBlank() || stored.contains(line.strip())) {
                continue;
            }
            for (String word : line.replaceAll("[#*`|>\\[\\]()]", " ").split("\\s+")) {
                String bare = word.replaceAll("^[-:,.]+|[-:,.]+$", "");
                if (!bare.isEmpty() && !stored.contains(bare)) {
                    lost.add(line + "  [" + bare + "]");
                    break;
                }
            }
        }
        if (!lost.isEmpty()) {
            fail("text of the log not found in the stored records:\n" + String.join("\n", lost));
        }
    }

    private static List<String> whys(String log) {
        List<String> whys = new ArrayList<>();
        Matcher why = WHY.matcher(log);
        while (why.find()) {
            whys.add(why.group(2));
        }
        return whys;
    }

    private static List<String> linesOf(String log) {
        Matcher lines = LINES.matcher(log);
        return lines.find() ? List.of(lines.group(1)) : List.of();
    }

    private static boolean isKept(LogEntry entry) {
        return LogEntrySection.findById(entry.id) != null;
    }

    private static long syncJobs() {
        return QuarkusTransaction.requiringNew().call(() -> SyncJob.count());
    }

    private static long sessions() {
        return QuarkusTransaction.requiringNew().call(() -> TestSession.count());
    }
}
