package dev.fivewhys.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisRevision;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.FollowUpFixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A follow-up from the prevention strategy to done, through the pages and through the API, all in the history. */
@QuarkusTest
class FollowUpLifeCycleTest {

    static final String TRACKING = "Implement cross-module dependency tracking and validation";
    static final String WEBHOOK_CHECK = "Deployment check that verifies a signed test webhook end to end";

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    static Chain chainWithPrevention() {
        Chain chain = AnalysisFixtures.chain("follow-ups");
        QuarkusTransaction.requiringNew().run(() -> ((Analysis) Analysis.findById(chain.analysis())).preventionStrategy = "- **"
                + TRACKING + "**\n\n2. " + WEBHOOK_CHECK + "\n");
        return chain;
    }

    @Test
    void onePerPreventionLineThenEditedToDoneThroughThePages() {
        Chain chain = chainWithPrevention();
        WebClient engineer = WebClient.loginAs("engineer");
        String page = engineer.get("/analyses/" + chain.analysis()).asString();
        assertTrue(page.contains("Add one follow-up per line"), "the analysis page offers the prevention lines");
        assertTrue(page.contains("title=Implement+cross-module+dependency+tracking+and+validation"), page);

        Response added = engineer.post("/follow-ups/from-prevention", Map.of("analysisId", chain.analysis()));
        assertEquals(303, added.statusCode());
        List<FollowUp> followUps = followUpsOf(chain.analysis());
        assertEquals(List.of(TRACKING, WEBHOOK_CHECK), followUps.stream().map(f -> f.title).toList());
        assertTrue(followUps.stream().allMatch(f -> f.kind == FollowUpKind.PREVENTION && f.status == FollowUpStatus.OPEN));
        engineer.post("/follow-ups/from-prevention", Map.of("analysisId", chain.analysis())).then().statusCode(303);
        assertEquals(2, followUpsOf(chain.analysis()).size(), "a line with a follow-up gets no second one");
        page = engineer.get("/analyses/" + chain.analysis()).asString();
        assertTrue(page.contains("#" + followUps.get(0).id + " " + TRACKING), "the analysis lists its follow-ups");

        long id = followUps.get(0).id;
        Map<String, Object> form = form("WONT_DO", "");
        form.put("dueOn", "30/09/2025");
        Response refused = engineer.post("/follow-ups/" + id, form);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("<p class=\"error\" id=\"statusReason-error\">Say why it will not be done</p>"));
        assertTrue(refused.asString().contains("<p class=\"error\" id=\"dueOn-error\">A date looks like 2025-09-30</p>"));

        engineer.post("/follow-ups/" + id, form("IN_PROGRESS", "2025-09-30")).then().statusCode(303);
        Map<String, Object> done = form("DONE", "2025-09-30");
        done.put("version", "1");
        done.put("doneByFixId", chain.fix());
        done.put("doneByRef", "hub4j-test-org/GHIssueTest#156");
        engineer.post("/follow-ups/" + id, done).then().statusCode(303);

        FollowUp stored = FollowUpFixtures.read(id);
        assertEquals(FollowUpStatus.DONE, stored.status);
        assertEquals("engineer", stored.owner.username);
        assertEquals(LocalDate.parse("2025-09-30"), stored.dueOn);
        assertNotNull(stored.closedAt);
        String detail = engineer.get("/follow-ups/" + id).asString();
        assertTrue(detail.contains("Fix #" + chain.fix()) && detail.contains("hub4j-test-org/GHIssueTest#156"), detail);

        List<String> history = history(chain.analysis());
        assertTrue(history.contains("Follow-up #" + id + " added: “" + TRACKING + "” (Prevention, P2, open)"), "" + history);
        assertTrue(history.contains("Follow-up #" + id + " owner: none → engineer"), "" + history);
        assertTrue(history.contains("Follow-up #" + id + " status: Open → In progress"), "" + history);
        assertTrue(history.contains("Follow-up #" + id + " status: In progress → Done"), "" + history);
        assertTrue(history.contains("Follow-up #" + id + " done by fix: none → #" + chain.fix()), "" + history);
    }

    @Test
    void throughTheApiWithVersionsAndFieldByFieldRefusals() {
        Chain chain = chainWithPrevention();
        String base = "/api/follow-ups/analysis/" + chain.analysis();
        Api.engineer().body(Map.of("title", "", "kind", "SOMETIMES", "owner", "nobody-here", "dueOn", "tomorrow"))
                .post(base).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("Say what is to be done"))
                .body(org.hamcrest.Matchers.containsString("Choose prevention, detection, mitigation or process"))
                .body(org.hamcrest.Matchers.containsString("No active user named nobody-here"))
                .body(org.hamcrest.Matchers.containsString("A date looks like 2025-09-30"));

        long id = Api.engineer().body(Map.of("title", "Alert on WebSocket 1011 in staging", "kind", "DETECTION",
                "priority", "P1", "status", "OPEN", "owner", "engineer", "dueOn", "2025-10-01")).post(base).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as("manager").body(Map.of("title", "x", "kind", "DETECTION", "priority", "P1", "status", "OPEN"))
                .post(base).then().statusCode(403);
        Api.engineer().get("/api/follow-ups?analysis=" + chain.analysis()).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.hasItem("Alert on WebSocket 1011 in staging"));

        Map<String, Object> update = new HashMap<>(Map.of("title", "Alert on WebSocket 1011 in staging", "kind",
                "DETECTION", "priority", "P1", "status", "DONE", "doneByRef", "https://example.test/alerts/1011",
                "version", 7));
        Api.engineer().body(update).put("/api/follow-ups/" + id).then().statusCode(409);
        update.put("version", 0);
        Api.engineer().body(update).put("/api/follow-ups/" + id).then().statusCode(200).body("status",
                org.hamcrest.Matchers.equalTo("DONE")).body("owner", org.hamcrest.Matchers.nullValue());
        FollowUp stored = FollowUpFixtures.read(id);
        assertNull(stored.owner, "the whole follow-up is sent: no owner named is no owner");
        assertTrue(history(chain.analysis()).contains("Follow-up #" + id + " status: Open → Done"));
    }

    private static Map<String, Object> form(String status, String dueOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", TRACKING);
        form.put("kind", "PREVENTION");
        form.put("priority", "P1");
        form.put("status", status);
        form.put("owner", "engineer");
        form.put("dueOn", dueOn);
        form.put("version", "0");
        return form;
    }

    private static List<FollowUp> followUpsOf(long analysisId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> FollowUp.listForAnalysis(Analysis.findById(analysisId)));
    }

    private static List<String> history(long analysisId) {
        return QuarkusTransaction.requiringNew().call(() -> AnalysisRevision.historyOf(Analysis.findById(analysisId))
                .stream().flatMap(r -> r.lines().stream()).toList());
    }
}
