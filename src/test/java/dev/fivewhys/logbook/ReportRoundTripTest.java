package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.analysis.Analyses;
import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.analysis.RootCauseCategory;
import dev.fivewhys.audit.AuditContent;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.Check;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.Reviews;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.audit.StabilityContent;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.fix.CommitSha;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixContent;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.fix.Fixes;
import dev.fivewhys.fix.LineRanges;
import dev.fivewhys.fix.PullRequestReference;
import dev.fivewhys.logbook.ImportPlan.AnalysisPlan;
import dev.fivewhys.logbook.parse.SessionLogParser;
import dev.fivewhys.logbook.report.StoredPlan;
import dev.fivewhys.project.Project;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import dev.fivewhys.web.FormErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A session's report, imported again, gives the same records: for an imported log and for one typed in by hand. */
@QuarkusTest
class ReportRoundTripTest {

    @Inject
    Analyses analyses;
    @Inject
    Fixes fixes;
    @Inject
    Reviews reviews;
    @Inject
    FiveWhysConfig config;

    private static long first;
    private static long second;

    @BeforeAll
    static void setUp() {
        Fixtures.standardUsers();
        first = repository(Fixtures.project("round-trip-a").id);
        second = repository(Fixtures.project("round-trip-b").id);
    }

    @BeforeEach
    void forget() {
        LogImports.forgetImports();
    }

    @ParameterizedTest
    @ValueSource(strings = { Seeds.GOLDEN_PATH, Seeds.NIGHT_VALIDATION })
    void importingTheReportOfAnImportedLogGivesTheSameRecords(String seed) {
        WebClient engineer = WebClient.loginAs("engineer");
        long original = LogImports.importLog(engineer, first, seed, Seeds.read(seed));

        Response report = WebClient.loginAs("manager").get("/sessions/" + original + "/report.md");
        assertEquals(200, report.statusCode());
        assertTrue(report.contentType().startsWith("text/markdown"), report.contentType());
        long copy = LogImports.importLog(engineer, second, "report.md", report.asString());

        QuarkusTransaction.requiringNew().run(() -> {
            ImportPlan before = StoredPlan.of(TestSession.findById(original));
            ImportPlan after = StoredPlan.of(TestSession.findById(copy));
            assertEquals(before.session(), after.session());
            assertEquals(before.phases(), after.phases());
            assertEquals(before.criteria(), after.criteria());
            assertEquals(before.entries(), after.entries(), "timeline titles, times, text and sections");
            assertEquals(content(before.analyses()), content(after.analyses()));
            assertEquals(before.links(), after.links());
            assertEquals(statuses(original), statuses(copy));
        });
    }

    @Test
    void reportOfASessionTypedInByHandReadsBackIntoItsValues() {
        long id = handMadeSession();
        String report = WebClient.loginAs("manager").get("/sessions/" + id + "/report.md").asString();

        QuarkusTransaction.requiringNew().run(() -> {
            TestSession session = TestSession.findById(id);
            ImportPlan stored = StoredPlan.of(session);
            ImportPlan read = LogPlanner.plan(new SessionLogParser().parse(report),
                    LogPlanner.Context.of(session.project.githubRepository, Instant.now(), config));
            assertEquals(stored.session(), read.session(), report);
            assertEquals(stored.phases(), read.phases(), report);
            assertEquals(stored.criteria(), read.criteria(), report);
            assertEquals(content(stored.analyses()), content(read.analyses()), report);
            assertTrue(read.notes().isEmpty(), read.notes().toString());
        });
    }

    private long handMadeSession() {
        long id = Fixtures.session("round-trip-a", "Typed in by hand").session();
        return QuarkusTransaction.requiringNew().call(() -> {
            TestSession session = TestSession.findById(id);
            session.mission = "Prove the report";
            session.target = "All P0 pass";
            session.performanceTarget = "p95 < 2 s";
            session.environment = "staging";
            session.phases.get(0).description = "5-10 tests\nRun right after the deploy.";
            session.addCriterion("WebSocket Events: All 5 events fire", dev.fivewhys.session.CriterionState.MET);
            AnalysisContent content = new AnalysisContent("Chat is down", List.of(
                    new AnalysisContent.Why("The import moved", null, null),
                    new AnalysisContent.Why("Nobody checked imports across modules", null, null)),
                    "SSOT consolidation broke an import", RootCauseCategory.findByName("dependency/import").orElseThrow(),
                    "Import from the database manager", "Check imports in CI");
            Analysis analysis = analyses.start(null, session, content, true, "engineer", new FormErrors());
            FormErrors errors = new FormErrors();
            Fix fix = fixes.record(analysis, new FixContent("Import get_database_manager",
                    List.of(new FixContent.File("app/websocket.py", LineRanges.parse("12, 40-45"))),
                    CommitSha.parse("8365f3012"), null, new PullRequestReference(session.project.githubRepository, 7),
                    List.of(new FixContent.NewTest("tests/unit/test_imports.py", "unit"))), FixStatus.PROPOSED,
                    "engineer", errors);
            reviews.record(fix, new ComplianceAudit(), new AuditContent("SSOT", List.of(
                    new Check("Import Validation", 100, CheckOutcome.PASS, "All imports sound"),
                    new Check("Mega Class Size", null, CheckOutcome.WARN, "File exceeds 2000 lines")), null,
                    "Architecturally sound", AuditRecommendation.APPROVED, List.of("Watch the error rate"), null, null),
                    "engineer", errors);
            reviews.record(fix, new StabilityValidation(), new StabilityContent(
                    List.of(new Check("Performance Impact", null, CheckOutcome.PASS, "0.0008s average")), RiskLevel.LOW,
                    Readiness.CONDITIONAL_GO, "Deploy to staging first"), "engineer", errors);
            assertTrue(errors.isEmpty(), errors.describe());
            return id;
        });
    }

    /** Analyses with their fixes, audits and validations, without the times they were written down. */
    private static List<AnalysisPlan> content(List<AnalysisPlan> analyses) {
        return analyses.stream().map(AnalysisPlan::undated).toList();
    }

    /** Analysis statuses and audit scores, which the values leave out. */
    private static List<String> statuses(long sessionId) {
        TestSession session = TestSession.findById(sessionId);
        return Analysis.listForSession(session).stream().map(a -> a.status + " " + Fix.listForAnalysis(a).stream()
                .map(f -> f.status + " " + ComplianceAudit.listForFix(f).stream().map(au -> au.score().toString()).toList())
                .toList())
                .toList();
    }

    private static long repository(long projectId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Project project = Project.findById(projectId);
            project.githubRepository = "netra-systems/netra-apex";
        });
        return projectId;
    }
}
