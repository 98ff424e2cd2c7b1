package dev.fivewhys.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A session page's story, byte for byte: its go/no-go, a failure with its analysis, the fix with its PR, its latest
 * audit (approved with conditions, a check scored by its outcome) and stability validation, and an analysis started
 * from the session. The story is read as columns, not entities (SessionStory, StoryAnalyses), so a change there or in
 * its templates that alters what people see fails here.
 */
@QuarkusTest
class SessionStoryHtmlTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void theStoryReadsExactlyAsBefore() {
        long session = Fixtures.session("story-html", "Story: pinned").session();
        Uploads.api(session, Uploads.report("tests/e2e/test_story.py",
                new String[] { "test_checkout_total", "FAILED", "expected 42 &amp; got &lt;41&gt;" },
                new String[] { "test_health", "PASSED", null })).then().statusCode(201);
        long failure = Uploads.number("select f.id from failure f join failure_occurrence o on o.failure_id = f.id "
                + "where o.session_id = ?1", session);
        long analysis = Api.engineer().body(Map.of("failureId", failure, "problemStatement", "Checkout total is off",
                "whys", List.of(Map.of("answer", "Rounding")), "rootCause", "Rounding <half> down", "status", "COMPLETE"))
                .post("/api/analyses").then().statusCode(201).extract().jsonPath().getLong("id");
        long fix = Api.engineer().body(Map.of("analysisId", analysis, "summary", "Round half up", "commitSha",
                "8365f3012", "pullRequest", "156", "status", "MERGED")).post("/api/fixes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.engineer().body(Map.of("fixId", fix, "kind", "SSOT", "recommendation", "REJECTED", "checks",
                List.of(Map.of("name", "Import Validation", "score", 10, "outcome", "FAIL")))).post("/api/audits")
                .then().statusCode(201);
        long audit = Api.engineer().body(Map.of("fixId", fix, "kind", "SSOT", "recommendation",
                "APPROVED_WITH_CONDITIONS", "checks", List.of(Map.of("name", "Mega Class Size", "score", 70, "outcome",
                        "WARN"), Map.of("name", "Import Validation", "outcome", "PASS")),
                "conditions", List.of("Split the **factory**", "Watch the logs"))).post("/api/audits")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long stability = Api.engineer().body(Map.of("fixId", fix, "riskLevel", "LOW", "readiness", "CONDITIONAL_GO",
                "notes", "Only after the *marathon*")).post("/api/stability-validations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long own = Api.engineer().body(Map.of("sessionId", session, "problemStatement", "Staging is slow", "whys",
                List.of(Map.of("answer", "Pool")))).post("/api/analyses").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        String page = WebClient.loginAs("manager").get("/sessions/" + session).then().statusCode(200).extract()
                .asString();
        String expected = PINNED.formatted(failure, analysis, fix, audit, stability, own);
        String actual = section(page, "<section class=\"go-no-go session-go-no-go") + "\n"
                + section(page, "<section class=\"session-failures\"") + "\n"
                + section(page, "<section class=\"session-analyses\"");
        assertEquals(expected, actual);
    }

    private static final String PINNED = """
            <section class="go-no-go session-go-no-go verdict-CONDITIONAL_GO" id="go-no-go" aria-labelledby="go-no-go-title">
              <p class="verdict" id="go-no-go-title">Session go/no-go: <strong>CONDITIONAL GO</strong></p>
              <p class="go-no-go-summary">What would change it: Success criterion not yet met: P1 Tests: 100%% pass rate; 1 medium failure open</p>
              <p>Conditions:</p>
              <ul class="conditions"><li>success criterion not yet met: P1 Tests: 100%% pass rate</li><li>1 medium failure open</li></ul>
              <details class="go-no-go-facts"><summary>Decided from</summary>
                <ul><li>Success criteria: 0 of 1 met, 0 missed, 1 not yet checked</li><li>Open failures: 1 medium</li><li>Fix #%3$d of failure #%1$d (merged): CONDITIONAL GO — Split the <strong>factory</strong>; Watch the logs; Only after the <em>marathon</em></li></ul>
              </details>
            </section>
            <section class="session-failures" id="failures">
              <h2>Failures seen in this session</h2>
              <article class="card failure-story" id="failure-%1$d">
                <h3><a href="/failures/%1$d">Failure #%1$d</a> AssertionError: expected 42 &amp; got &lt;41&gt;</h3>
                <p class="meta-line"><span class="label">New</span> <span class="status status-FIX_IN_PROGRESS">Fix in progress</span>
                  <span class="severity severity-MEDIUM">Medium</span>
                  <span class="hint">1 result here</span>
                  </p>
                <div class="analysis-story" id="analysis-%2$d">
              <p><a href="/analyses/%2$d">Analysis #%2$d</a> <span class="status status-COMPLETE">Complete</span>
                <span class="hint">started from the failure by engineer</span> &mdash; root cause: Rounding &lt;half&gt; down</p>
              <div class="fix-story">
                <p><a href="/fixes/%3$d">Fix #%3$d</a> <span class="status status-MERGED">Merged</span>
                   &middot; commit <code>8365f3012</code>
                   &middot; <a href="https://github.com/acme/story-html/pull/156">PR #156</a></p>
                <ul class="fix-checks">
                  <li>Audit: <a href="/fixes/%3$d#audit-%4$d">SSOT 85%% APPROVED WITH CONDITIONS</a></li>
                  <li>Stability: <a href="/fixes/%3$d#stability-%5$d">LOW RISK, <span class="readiness-pill readiness-pill-CONDITIONAL_GO">CONDITIONAL GO</span>
            </a></li>
                  <li>Go/no-go: <span class="readiness-pill readiness-pill-CONDITIONAL_GO">CONDITIONAL GO</span>
            </li>
                </ul>
              </div>
            </div>

              </article>
            </section>
            <section class="session-analyses" id="analyses">
              <h2>Analyses of this session</h2>
             \s
            <div class="analysis-story" id="analysis-%6$d">
              <p><a href="/analyses/%6$d">Analysis #%6$d</a> <span class="status status-DRAFT">Draft</span>
                <span class="hint">started from this session by engineer</span></p>
             \s
            </div>
              </section>""";

    private static String section(String page, String start) {
        int at = page.indexOf(start);
        assertTrue(at >= 0, start + " in\n" + page);
        return page.substring(at, page.indexOf("</section>", at) + "</section>".length());
    }
}
