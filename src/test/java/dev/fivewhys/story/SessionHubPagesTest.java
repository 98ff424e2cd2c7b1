package dev.fivewhys.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;

/** The session page as the hub of its story: its go/no-go on top, its failures and all done about them, its timeline. */
@QuarkusTest
class SessionHubPagesTest {

    static StoryJourney journey;

    /** Once for all tests; over HTTP, so not before the app listens. */
    @BeforeEach
    void walk() {
        if (journey == null) {
            journey = StoryJourney.walk("hub-pages");
        }
    }

    @Test
    void theGoNoGoComesFirstWithWhatWouldChangeIt() {
        Document page = page("");
        Element goNoGo = page.selectFirst("article.session-log > #go-no-go");
        assertEquals("Session go/no-go: CONDITIONAL GO", goNoGo.selectFirst(".verdict").text());
        assertEquals("What would change it: Success criterion not yet met: P0 tests pass; deploy fix #" + journey.fix()
                + "; fix #" + journey.fix() + ": Deploy commit 8365f3012 to staging",
                goNoGo.selectFirst(".go-no-go-summary").text());
        // before the mission, the plan and the results
        assertTrue(page.select("article.session-log > *").indexOf(goNoGo) < page.select("article.session-log > *")
                .indexOf(page.selectFirst("article.session-log > h2")));
    }

    @Test
    void everyFailureSeenShowsWhatWasDoneAboutItEachLinkingToItsPage() {
        Element failure = page("").selectFirst("#failure-" + journey.failure());
        assertEquals("/failures/" + journey.failure(), failure.selectFirst("h3 a").attr("href"));
        String text = failure.text();
        for (String expected : List.of("New", "Fix in progress", "Critical", "1 result here", "GitHub issue #152",
                "Analysis #" + journey.analysis() + " Complete started from the failure by engineer — root cause: SSOT "
                        + "consolidation broke an import",
                "Fix #" + journey.fix() + " Proposed · commit 8365f3012 · PR #156",
                "Audit: SSOT 96% APPROVED", "Stability: LOW RISK, CONDITIONAL GO", "Go/no-go: CONDITIONAL GO")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertEquals(List.of("https://github.com/acme/hub-pages/issues/152", "/analyses/" + journey.analysis(),
                "/fixes/" + journey.fix(), "https://github.com/acme/hub-pages/pull/156",
                "/fixes/" + journey.fix() + "#audit-" + journey.audit(),
                "/fixes/" + journey.fix() + "#stability-" + journey.stability()),
                failure.select("p a, li a").eachAttr("href").stream().filter(h -> !h.startsWith("/failures")).toList());
    }

    @Test
    void theAppWritesEachEventIntoTheTimelineMarkedAsItsOwn() {
        Document page = page("");
        List<String> app = page.select(".log-entry-app h4").eachText().stream()
                .map(t -> t.replaceAll("^\\d\\d:\\d\\d — ", "").replaceAll(" #\\d+$", "")).toList();
        assertEquals(List.of("TEST RESULTS UPLOADED", "NEW FAILURES SEEN", "FIVE WHYS ANALYSIS STARTED",
                "FIVE WHYS ANALYSIS COMPLETED", "FIX RECORDED", "SSOT COMPLIANCE AUDIT RECORDED",
                "SYSTEM STABILITY VALIDATION RECORDED"), app);
        Element results = page.select(".log-entry-app").first();
        assertEquals("2 tests in Run #" + run() + ": 1 passed, 0 failed, 1 errored, 0 skipped, in 500 ms.",
                results.selectFirst(".md").text());
        assertEquals("Written by the app · by engineer", results.selectFirst(".written-by-app").text());
        Element stability = page.select(".log-entry-app").last();
        assertEquals("Stability of Fix #" + journey.fix() + ": LOW RISK, deployment readiness CONDITIONAL GO: Deploy "
                + "commit 8365f3012 to staging. The fix's go/no-go is now CONDITIONAL GO.",
                stability.selectFirst(".md").text());
    }

    @Test
    void theTimelineShowsPeoplesEntriesTheAppsOrBoth() {
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.post("/sessions/" + journey.session() + "/log", java.util.Map.of("occurredAt", "2025-09-10T00:15",
                "title", "STAGING DEPLOY CHECKED", "body", "Looked at the logs")).then().statusCode(303);
        assertEquals(List.of("STAGING DEPLOY CHECKED"), titles(page("?log=people")));
        assertFalse(titles(page("?log=app")).contains("STAGING DEPLOY CHECKED"));
        assertEquals(7, titles(page("?log=app")).size());
        assertEquals(8, titles(page("?log=both")).size());
        assertEquals("People's entries", page("?log=people").selectFirst(".timeline-filter strong").text());
        engineer.get("/sessions/" + journey.session() + "?log=robots").then().statusCode(400);
    }

    private static long run() {
        return Uploads.number("select id from test_run where session_id = ?1", journey.session());
    }

    private static List<String> titles(Document page) {
        return page.select(".log-entry h4").eachText().stream()
                .map(t -> t.replaceAll("^\\d\\d:\\d\\d — ", "").replaceAll(" #\\d+$", "")).toList();
    }

    private static Document page(String query) {
        return Jsoup.parse(WebClient.loginAs("manager").get("/sessions/" + journey.session() + query).then()
                .statusCode(200).extract().asString());
    }
}
