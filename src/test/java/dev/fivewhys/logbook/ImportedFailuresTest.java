package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureOccurrence;
import dev.fivewhys.failure.FailureSignature;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.project.Project;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The errors a log names become failures of the project, signed as JUnit results are, with the log's analysis
 * attached; a failure the project has already is seen again, not duplicated; the preview lists them; and the manager
 * no longer reads "Open failures 0" beside the seeds' amounts at risk.
 */
@QuarkusTest
class ImportedFailuresTest {

    private static final FailureSignature CLOSED_1011 = FailureSignature.of("websockets.exceptions.ConnectionClosedError",
            "received 1011 (internal error) Internal error; then sent 1011 (internal error) Internal error");
    private static final FailureSignature IMPORT_ERROR = FailureSignature.of(null,
            "cannot import name 'get_db_session_factory' from 'netra_backend.app.db.session'");
    private static final FailureSignature BLOCKER_1011 = FailureSignature.of(null, "WebSocket 1011 internal server error");
    private static final Pattern OPEN_FAILURES = Pattern.compile("(?m)^## Open failures: (\\d+)$");

    @BeforeEach
    void forget() {
        Fixtures.standardUsers();
        LogImports.forgetImports();
    }

    @Test
    void eachSeedsNamedErrorsAreFailuresWithItsAnalysisAndTheImpactPageCountsThem() {
        Project project = Fixtures.project("seed-failures");
        WebClient engineer = WebClient.loginAs("engineer");
        Response preview = LogImports.preview(engineer, project.id, Seeds.GOLDEN_PATH, Seeds.read(Seeds.GOLDEN_PATH));
        String page = LogImports.unescape(preview.asString());
        assertTrue(page.contains(IMPORT_ERROR.text()) && page.contains(CLOSED_1011.text()), page);
        assertTrue(page.contains("new failure"), "the preview says the import creates them");

        long night = LogImports.importLog(engineer, project.id, Seeds.NIGHT_VALIDATION, Seeds.read(Seeds.NIGHT_VALIDATION));
        long golden = LogImports.importLog(engineer, project.id, Seeds.GOLDEN_PATH, Seeds.read(Seeds.GOLDEN_PATH));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(List.of(BLOCKER_1011.hash()), hashesSeenIn(night), "\"CRITICAL BLOCKER IDENTIFIED\"");
            assertEquals(List.of(CLOSED_1011.hash(), IMPORT_ERROR.hash()).stream().sorted().toList(), hashesSeenIn(golden),
                    "the ERROR PATTERN block and the \"Critical Discovery\"");
            Failure blocker = failure(project, BLOCKER_1011);
            assertEquals(BLOCKER_1011.text(), blocker.signature);
            assertEquals(List.of(blocker.id), analysedFailures(night), "the five whys of the 1011 blocker");
            Failure importError = failure(project, IMPORT_ERROR);
            assertEquals(List.of(importError.id), analysedFailures(golden),
                    "the five whys follow the Critical Discovery they explain");
            Failure closed = failure(project, CLOSED_1011);
            assertEquals("websockets.exceptions.ConnectionClosedError", closed.failureType);
            assertEquals(FailureStatus.OPEN, closed.status, "no analysis is about it");
            assertEquals(FailureStatus.FIX_IN_PROGRESS, importError.status, "its analysis has the fix the log applied");
        });

        String impact = WebClient.loginAs("manager").get("/impact/report.md?project=seed-failures").then()
                .statusCode(200).extract().asString();
        Matcher open = OPEN_FAILURES.matcher(impact);
        assertTrue(open.find(), impact);
        assertEquals(3, Integer.parseInt(open.group(1)), "the three errors the seeds name, beside their amounts");
    }

    @Test
    void anErrorTheProjectKnowsAlreadyIsSeenAgainNotDuplicated() {
        Project project = Fixtures.project("seen-again");
        WebClient engineer = WebClient.loginAs("engineer");
        long golden = LogImports.importLog(engineer, project.id, Seeds.GOLDEN_PATH, Seeds.read(Seeds.GOLDEN_PATH));
        String again = """
                # IMPORT CHECK: session factory again

                ## SESSION EXECUTION LOG

                ### 2025-09-12 STAGING SMOKE COMPLETED
                **Critical Discovery**: `cannot import name 'get_db_session_factory' from 'netra_backend.app.db.session'`
                **Errors**: no errors in the auth suites

                ```
                FAILED tests/e2e/test_chat.py::test_first_message - AssertionError: expected 200, got 500
                ```
                """;
        Response preview = LogImports.preview(engineer, project.id, "again.md", again);
        assertTrue(preview.asString().contains("seen again"), preview.asString());
        long later = LogImports.importLog(engineer, project.id, "again.md", again);

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1, Failure.count("project.id = ?1 and signatureHash = ?2", project.id, IMPORT_ERROR.hash()));
            assertEquals(3, Failure.count("project.id", project.id),
                    "the seed's two, and the failing test; \"Errors: no errors\" names none");
            Failure importError = failure(project, IMPORT_ERROR);
            assertEquals(2, importError.occurrences, "named by both logs");
            assertTrue(hashesSeenIn(golden).contains(IMPORT_ERROR.hash()) && hashesSeenIn(later)
                    .contains(IMPORT_ERROR.hash()), "seen in both sessions");
            Failure test = failure(project, FailureSignature.of("AssertionError", "expected 200, got 500"));
            assertEquals(1, test.affectedTests, "the failing test pytest names");
        });
    }

    private static Failure failure(Project project, FailureSignature signature) {
        return Failure.findBySignature(project, signature.hash())
                .orElseThrow(() -> new AssertionError("no failure " + signature));
    }

    private static List<String> hashesSeenIn(long session) {
        return FailureOccurrence
                .<FailureOccurrence> find("from FailureOccurrence o join fetch o.failure where o.sessionId = ?1",
                        session)
                .stream().map(o -> o.failure.signatureHash).sorted().toList();
    }

    private static List<Long> analysedFailures(long session) {
        return Analysis.<Analysis> list("session = ?1", TestSession.<TestSession> findById(session)).stream()
                .map(a -> a.failure == null ? null : a.failure.id).toList();
    }
}
