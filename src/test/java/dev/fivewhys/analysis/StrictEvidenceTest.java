package dev.fivewhys.analysis;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.core.Choices;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** An evidence kind that is not one is refused beside its why, on the form and in the API; it never becomes a note. */
@QuarkusTest
class StrictEvidenceTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void anUnknownEvidenceKindIsRefusedOnTheFormAndInTheApiWithTheSameWords() {
        long failure = AnalysisFixtures.failure("strict-evidence", "ImportError", "cannot import name 'y'");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + failure + "/analyses/new");
        Map<String, Object> form = AnalysisPagesTest.form(failure, "Chat is down", List.of("First", "Second"));
        form.put("evidenceKind", List.of("NOTE", "BOGUS"));
        form.put("evidence", List.of("", "see the log"));
        String page = engineer.post("/analyses", form).then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"evidenceKind-2-error\">" + Choices.message(EvidenceKind.class) + "</p>"), page);
        assertTrue(page.contains("value=\"see the log\""), "input kept");

        Map<String, Object> body = new HashMap<>();
        body.put("failureId", failure);
        body.put("whys", List.of(Map.of("answer", "First"),
                Map.of("answer", "Second", "evidenceKind", "BOGUS", "evidence", "see the log")));
        Api.engineer().body(body).post("/api/analyses").then().statusCode(400)
                .body("message", containsString("whys[1].evidenceKind: " + Choices.message(EvidenceKind.class)));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Analysis.count("failure.id", failure)),
                "nothing started");
    }

    @Test
    void evidenceWithoutAKindIsStillANoteInTheApi() {
        long failure = AnalysisFixtures.failure("strict-evidence", "ImportError", "cannot import name 'z'");
        Map<String, Object> body = new HashMap<>();
        body.put("failureId", failure);
        body.put("whys", List.of(Map.of("answer", "First", "evidence", "seen in the log")));
        Api.engineer().body(body).post("/api/analyses").then().statusCode(201)
                .body("whys[0].evidenceKind", org.hamcrest.Matchers.equalTo("NOTE"));
    }
}
