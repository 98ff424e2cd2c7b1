package dev.fivewhys.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisRevision;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.followup.FollowUpStatus;
import dev.fivewhys.security.Role;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.FollowUpFixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** One engineer's page: their open follow-ups overdue first, their drafts, their fixes waiting, their failures. */
@QuarkusTest
class MyWorkTest {

    private static final Pattern FOLLOW_UP_TITLE = Pattern.compile("<a href=\"/follow-ups/\\d+\">#\\d+ ([^<]+)</a>");

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        Fixtures.user("worker-a", Role.ENGINEER);
        Fixtures.user("worker-b", Role.ENGINEER);
    }

    @Test
    void theEngineersOwnWorkInTheOrderItIsDue() {
        var chain = AnalysisFixtures.chain("my-work");
        FollowUpFixtures.followUp(chain.analysis(), "Someday: no due date", "worker-a", null);
        FollowUpFixtures.followUp(chain.analysis(), "Due in the far future", "worker-a", LocalDate.parse("2999-01-01"));
        FollowUpFixtures.followUp(chain.analysis(), "Overdue since 2020", "worker-a", LocalDate.parse("2020-01-01"));
        FollowUpFixtures.followUp(chain.analysis(), "Done already", "worker-a", LocalDate.parse("2020-01-01"),
                FollowUpStatus.DONE);
        FollowUpFixtures.followUp(chain.analysis(), "Someone else's", "worker-b", LocalDate.parse("2020-01-01"));

        long draft = Api.as("worker-a").body(Map.of("failureId", chain.failure(), "problemStatement", "Chat is down"))
                .post("/api/analyses").then().statusCode(201).extract().jsonPath().getLong("id");
        long fix = Api.as("worker-a").body(Map.of("analysisId", chain.analysis(), "summary", "Restore the import"))
                .post("/api/fixes").then().statusCode(201).extract().jsonPath().getLong("id");

        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + chain.failure());
        engineer.post("/failures/" + chain.failure() + "/owner", Map.of("owner", "worker-a")).then().statusCode(303);
        engineer.post("/failures/" + chain.failure() + "/owner", Map.of("owner", "manager")).then().statusCode(400);
        engineer.post("/analyses/" + chain.analysis() + "/owner", Map.of("owner", "worker-a")).then().statusCode(303);

        String page = WebClient.loginAs("worker-a").get("/my-work").then().statusCode(200).extract().asString();
        List<String> titles = titles(page);
        assertEquals(List.of("Overdue since 2020", "Due in the far future", "Someday: no due date"), titles);
        assertEquals(1, page.split("class=\"overdue-tag\"").length - 1, "one is overdue, and says so in words");
        assertTrue(page.contains("<a href=\"/analyses/" + draft + "\">"), "the draft they started");
        assertTrue(page.contains("<a href=\"/fixes/" + fix + "\">Fix #" + fix + "</a>")
                && page.contains("waits for an audit and a stability validation"), page);
        assertTrue(page.contains("<a href=\"/failures/" + chain.failure() + "\">"), "the failure given to them");
        assertTrue(WebClient.loginAs("worker-b").get("/my-work").asString().contains("Someone else&#39;s")
                || WebClient.loginAs("worker-b").get("/my-work").asString().contains("Someone else's"));

        assertEquals("Owner: nobody → worker-a", QuarkusTransaction.requiringNew().call(() -> FailureEvent
                .<FailureEvent> find("failure = ?1 and kind = ?2", Failure.findById(chain.failure()), FailureEvent.ASSIGNED)
                .firstResult().note));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AnalysisRevision
                .historyOf(Analysis.findById(chain.analysis())).get(0).lines()).contains("Owner: nobody → worker-a"));
        Api.engineer().body(Map.of("owner", "")).put("/api/failures/" + chain.failure() + "/owner").then()
                .statusCode(200);
        assertTrue(titles(WebClient.loginAs("worker-a").get("/my-work").asString()).size() == 3);
        assertTrue(!WebClient.loginAs("worker-a").get("/my-work").asString()
                .contains("<a href=\"/failures/" + chain.failure() + "\">"), "given back to nobody, it leaves the page");
    }

    private static List<String> titles(String page) {
        Matcher m = FOLLOW_UP_TITLE.matcher(page);
        List<String> titles = new java.util.ArrayList<>();
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }
}
