package dev.fivewhys.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.impact.RevenueAtRisk;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * "Continue in a new session" carries the plan, the success criteria and the business impact over, editable before
 * saving, and says the new figure replaces the old one: the impact page counts the chain once.
 */
@QuarkusTest
class ContinueSessionTest {

    @Inject
    RevenueAtRisk revenue;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void theNewSessionStartsWithThePlanCriteriaAndImpactAndTheChainCountsOnce() {
        Fixtures.SessionIds earlier = Fixtures.session("continue-chain", "ULTIMATE TEST DEPLOY LOOP");
        long project = Fixtures.project("continue-chain").id;
        QuarkusTransaction.requiringNew().run(() -> {
            TestSession session = TestSession.findById(earlier.session());
            session.status = SessionStatus.RUNNING;
            session.addCriterion("WebSocket Events: All 5 events fire", CriterionState.MET);
            session.impact.note = "complete chat functionality blockage";
        });
        WebClient engineer = WebClient.loginAs("engineer");
        Document form = Jsoup.parse(engineer.get("/sessions/new?continues=" + earlier.session()).then().statusCode(200)
                .extract().asString());
        assertEquals("120000.00", form.selectFirst("#impactAmount").val());
        assertEquals("USD", form.selectFirst("#impactCurrency").val());
        assertEquals("MRR", form.selectFirst("#impactBasis option[selected]").val());
        assertEquals("complete chat functionality blockage", form.selectFirst("#impactNote").val());
        assertEquals("P1 Tests: 100% pass rate\nWebSocket Events: All 5 events fire",
                form.selectFirst("#criteriaText").val());
        assertEquals(List.of(String.valueOf(earlier.phase())),
                form.select("input[name=carryPhaseIds][checked]").eachAttr("value"));
        assertTrue(form.selectFirst("#impact-replaces").text().contains("this session's figure replaces that one's"),
                form.selectFirst("#impact-replaces").text());

        // the manager's figure went up meanwhile, and one criterion is added, before saving
        Response saved = engineer.post("/sessions", Map.ofEntries(Map.entry("projectId", project),
                Map.entry("title", "ULTIMATE TEST DEPLOY LOOP - Continuation Session"), Map.entry("status", "RUNNING"),
                Map.entry("startedAt", "2025-09-10T09:00"), Map.entry("impactAmount", "150,000"),
                Map.entry("impactCurrency", "USD"), Map.entry("impactBasis", "MRR"),
                Map.entry("impactNote", "complete chat functionality blockage"),
                Map.entry("continuesSessionId", earlier.session()), Map.entry("carryPhaseIds", earlier.phase()),
                Map.entry("criteriaText", form.selectFirst("#criteriaText").val() + "\nNo 1011 errors")));
        assertEquals(303, saved.statusCode(), saved.asString());
        long next = Long.parseLong(saved.header("Location").replaceAll(".*/sessions/(\\d+).*", "$1"));
        QuarkusTransaction.requiringNew().run(() -> {
            TestSession session = TestSession.findById(next);
            assertEquals(earlier.session(), session.continues.id);
            assertEquals(List.of("Infrastructure Validation P1 [tests/e2e/staging/test_priority1_critical_REAL.py 25]"),
                    session.phases.stream().map(p -> p.name + " " + p.priority + " " + p.suites.stream()
                            .map(s -> "[" + s.path + " " + s.expectedCount + "]").toList().get(0)).toList());
            assertEquals(List.of("OPEN P1 Tests: 100% pass rate", "OPEN WebSocket Events: All 5 events fire",
                    "OPEN No 1011 errors"), session.criteria.stream().map(c -> c.state + " " + c.text).toList());
            assertEquals(15_000_000L, session.impact.amountMinor);
            assertEquals("complete chat functionality blockage", session.impact.note);
        });

        // at risk now: the continuation's $150K, not $120K + $150K
        List<RevenueAtRisk.ProjectRisk> atRisk = QuarkusTransaction.requiringNew()
                .call(() -> revenue.now(new ImpactFilter(project, 4), Instant.parse("2025-09-11T00:00:00Z")));
        assertEquals(1, atRisk.size());
        assertEquals(15_000_000L, atRisk.get(0).money().amountMinor());
        assertEquals(1, atRisk.get(0).sessions());
        assertNotNull(Jsoup.parse(engineer.get("/sessions/" + next).asString()).selectFirst(
                "dd:contains(this session's figure replaces that one's)"));
    }
}
