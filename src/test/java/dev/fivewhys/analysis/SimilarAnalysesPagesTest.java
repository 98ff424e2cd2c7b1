package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** "This happened before": the form shows earlier analyses of the same signature, or of the same kind of cause. */
@QuarkusTest
class SimilarAnalysesPagesTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void anEarlierAnalysisOfTheSameSignatureIsShownWithWhatWasConcludedAndPromised() {
        long earlier = AnalysisFixtures.failureWithSignature("similar-a", "websocket-1011-signature", "ConnectionClosedError",
                "received 1011 (internal error)");
        long analysis = analysis(earlier, "dependency/import", "WebSocket 1011 on every message",
                "Database session factory import moved", "Cross-module import validation in CI");
        // The same signature seen in another project: still the same failure to the team.
        long again = AnalysisFixtures.failureWithSignature("similar-b", "websocket-1011-signature", "ConnectionClosedError",
                "received 1011 (internal error)");

        String page = WebClient.loginAs("engineer").get("/failures/" + again + "/analyses/new").asString();
        assertTrue(page.contains("This happened before"));
        assertTrue(page.contains("href=\"/analyses/" + analysis + "\""));
        assertTrue(page.contains("Same failure signature"));
        assertTrue(page.contains("<dt>What we concluded</dt><dd>Database session factory import moved</dd>"));
        assertTrue(page.contains("<dt>Prevention we promised</dt><dd>Cross-module import validation in CI</dd>"));
    }

    @Test
    void anEarlierAnalysisOfTheSameCategoryWithSimilarWordingIsShownOnceTheCategoryIsChosen() {
        long first = AnalysisFixtures.failure("similar-c", "ImportError", "cannot import name 'get_db_session_factory'");
        long analysis = analysis(first, "dependency/import", "WebSocket message processing fails with 1011 internal error",
                "get_db_session_factory import moved during database SSOT consolidation",
                "Validate cross-module imports before deploying");
        long second = AnalysisFixtures.failure("similar-c", "ImportError", "cannot import name 'get_redis_manager'");
        WebClient engineer = WebClient.loginAs("engineer");
        String page = engineer.get("/failures/" + second + "/analyses/new").asString();
        assertFalse(page.contains("This happened before"), "a different signature, and no category chosen yet");

        Map<String, Object> form = AnalysisPagesTest.form(second, "WebSocket message processing fails with 1011 errors",
                List.of("redis manager import moved during SSOT consolidation"));
        form.put("categoryId", SeedAnalysis.categoryId("dependency/import"));
        form.put("action", "similar");
        page = engineer.post("/analyses", form).then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/analyses/" + analysis + "\""), page);
        assertTrue(page.contains("Same root-cause category (dependency/import) and similar wording: "));
        assertTrue(page.contains("Validate cross-module imports before deploying"));

        form.put("categoryId", SeedAnalysis.categoryId("configuration"));
        page = engineer.post("/analyses", form).then().statusCode(200).extract().asString();
        assertFalse(page.contains("href=\"/analyses/" + analysis + "\""), "another kind of cause");
    }

    private static long analysis(long failureId, String category, String problem, String rootCause, String prevention) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Failure failure = Failure.findById(failureId);
            Analysis analysis = new Analysis();
            analysis.project = failure.project;
            analysis.failure = failure;
            analysis.problemStatement = problem;
            analysis.rootCause = rootCause;
            analysis.preventionStrategy = prevention;
            analysis.category = RootCauseCategory.findByName(category).orElseThrow();
            analysis.status = AnalysisStatus.COMPLETE;
            analysis.createdAt = Instant.now();
            analysis.updatedAt = analysis.createdAt;
            analysis.persist();
            return analysis.id;
        });
    }
}
