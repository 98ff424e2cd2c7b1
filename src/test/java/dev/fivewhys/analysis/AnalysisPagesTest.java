package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The five-whys form through the pages: completion rules, rows without JavaScript, history, conflicts. */
@QuarkusTest
class AnalysisPagesTest {

    private static final Pattern WHY_VALUE = Pattern
            .compile("<textarea id=\"why-(\\d+)\" name=\"why\"[^>]*>([^<]*)</textarea>");

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void completingWithoutARootCauseShowsTheMessageBesideTheFieldAndKeepsTheWhys() {
        long failure = AnalysisFixtures.failure("analysis-pages", "ImportError", "cannot import name 'x'");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + failure + "/analyses/new").then().statusCode(200);

        Map<String, Object> form = form(failure, "Chat is down", List.of("First answer", "Second answer", "Third answer"));
        form.put("action", "complete");
        Response response = engineer.post("/analyses", form);

        assertEquals(400, response.statusCode());
        String page = response.asString();
        assertTrue(page.matches("(?s).*id=\"rootCause\".*?<p class=\"error\" id=\"rootCause-error\">Name the root cause</p>.*"),
                "the message sits beside the root cause field");
        assertFalse(page.contains("problemStatement-error"), "the problem statement was given");
        assertEquals(List.of("First answer", "Second answer", "Third answer"), whys(page), "the whys are kept in order");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Analysis.count("failure.id", failure)));
    }

    @Test
    void completingAnEmptyAnalysisSaysEverythingThatIsMissing() {
        long failure = AnalysisFixtures.failure("analysis-pages", "ImportError", "cannot import name 'y'");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + failure + "/analyses/new");
        Map<String, Object> form = form(failure, "", List.of("", ""));
        form.put("action", "complete");
        String page = engineer.post("/analyses", form).then().statusCode(400).extract().asString();
        assertTrue(page.contains("<p class=\"error\" id=\"problemStatement-error\">Write the problem statement</p>"));
        assertTrue(page.contains("<p class=\"error\" id=\"whys-error\">Answer at least one why</p>"));
        assertTrue(page.contains("<p class=\"error\" id=\"rootCause-error\">Name the root cause</p>"));
    }

    @Test
    void aDraftMayLackAnythingAndStartingItMovesTheFailureToAnalysing() {
        long failure = AnalysisFixtures.failure("analysis-pages", "ImportError", "cannot import name 'z'");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + failure + "/analyses/new");
        Map<String, Object> form = form(failure, "Only a problem so far", List.of("", "", "", "", ""));
        form.put("action", "save");
        Response response = engineer.post("/analyses", form);
        assertEquals(303, response.statusCode());
        String page = engineer.get(path(response)).asString();
        assertTrue(page.contains("Draft"));
        assertTrue(page.contains("None answered yet."));
        QuarkusTransaction.requiringNew().run(() -> {
            Failure stored = Failure.findById(failure);
            assertEquals(FailureStatus.ANALYSING, stored.status);
            assertTrue(FailureEvent.historyOf(stored).stream().anyMatch(e -> e.note.startsWith("Analysing")));
        });
    }

    @Test
    void withoutJavaScriptAddingRemovingAndMovingWhysKeepsWhatWasTyped() {
        long failure = AnalysisFixtures.failure("analysis-pages", "ImportError", "cannot import name 'rows'");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + failure + "/analyses/new");
        Map<String, Object> form = form(failure, "Rows", List.of("one", "two", "three", "four", "five"));
        form.put("rootCause", "typed root cause");

        form.put("action", "add-why");
        String page = engineer.post("/analyses", form).then().statusCode(200).extract().asString();
        assertEquals(List.of("one", "two", "three", "four", "five", ""), whys(page), "a sixth, empty why");
        assertTrue(page.contains("typed root cause"), "other fields are kept");

        form.put("action", "remove-why-2");
        page = engineer.post("/analyses", form).then().statusCode(200).extract().asString();
        assertEquals(List.of("one", "three", "four", "five"), whys(page), "why 2 removed, the rest renumbered");
        assertTrue(page.contains("value=\"remove-why-4\""), "buttons are renumbered too");
        assertFalse(page.contains("value=\"remove-why-5\""));

        form.put("action", "up-why-3");
        page = engineer.post("/analyses", form).then().statusCode(200).extract().asString();
        assertEquals(List.of("one", "three", "two", "four", "five"), whys(page));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Analysis.count("failure.id", failure)),
                "row buttons save nothing");
    }

    @Test
    void evidenceIsCheckedByItsKind() {
        long failure = AnalysisFixtures.failure("analysis-pages", "ImportError", "cannot import name 'ev'");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + failure + "/analyses/new");
        Map<String, Object> form = form(failure, "Evidence", List.of("Answer one", "Answer two"));
        form.put("evidenceKind", List.of("LINK", "LOG_ENTRY"));
        form.put("evidence", List.of("not a link", "#999999999"));
        form.put("action", "save");
        String page = engineer.post("/analyses", form).then().statusCode(400).extract().asString();
        assertTrue(page.contains("<p class=\"error\" id=\"evidence-1-error\">A link starts with https:// or http://</p>"));
        assertTrue(page.contains("id=\"evidence-2-error\">Give the number of a session log entry"));
        assertTrue(page.contains("value=\"not a link\""), "the evidence is kept as typed");

        form.put("evidence", List.of("https://github.com/netra-systems/netra-apex/issues/152", ""));
        Response saved = engineer.post("/analyses", form);
        assertEquals(303, saved.statusCode());
        page = engineer.get(path(saved)).asString();
        assertTrue(page.contains("<a href=\"https://github.com/netra-systems/netra-apex/issues/152\""));
    }

    @Test
    void editsKeepAHistoryOfWhoChangedWhat() {
        long failure = AnalysisFixtures.failure("analysis-pages", "ImportError", "cannot import name 'h'");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + failure + "/analyses/new");
        Map<String, Object> form = form(failure, "History", List.of("alpha", "beta", "gamma"));
        form.put("action", "save");
        String path = path(engineer.post("/analyses", form));

        WebClient admin = WebClient.loginAs("admin");
        admin.get(path + "/edit");
        form.put("why", List.of("alpha", "gamma"));
        form.put("rootCause", "The real cause");
        form.put("version", "0");
        form.put("action", "complete");
        admin.post(path, form).then().statusCode(303);

        String page = admin.get(path).asString();
        assertTrue(page.contains("Why #2 removed: “beta”"), page);
        assertTrue(page.contains("Root cause set: “The real cause”"));
        assertTrue(page.contains("Status: Draft → Complete"));
        assertTrue(page.contains("· admin</span>") && page.contains("· engineer</span>"), "who did each");
        assertTrue(page.contains("Started from failure #" + failure));
    }

    @Test
    void aSecondConcurrentSaveIsToldOfTheConflictAndKeepsItsText() {
        long failure = AnalysisFixtures.failure("analysis-pages", "ImportError", "cannot import name 'c'");
        WebClient alice = WebClient.loginAs("engineer");
        alice.get("/failures/" + failure + "/analyses/new");
        Map<String, Object> form = form(failure, "Shared", List.of("first"));
        form.put("action", "save");
        String path = path(alice.post("/analyses", form));
        WebClient bob = WebClient.loginAs("admin");
        bob.get(path + "/edit");
        alice.get(path + "/edit");

        form.put("version", "0");
        form.put("rootCause", "Alice's cause");
        alice.post(path, form).then().statusCode(303);
        form.put("rootCause", "Bob's careful cause");
        Response conflict = bob.post(path, form);
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.asString().contains("Someone else saved this analysis"));
        assertTrue(
                conflict.asString().contains("Bob&#39;s careful cause") || conflict.asString().contains("Bob's careful cause"));
        assertTrue(alice.get(path).asString().contains("Alice"));
    }

    @Test
    void aCompleteAnalysisCanBeReopenedAsADraft() {
        long failure = AnalysisFixtures.failure("analysis-pages", "ImportError", "cannot import name 'r'");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/failures/" + failure + "/analyses/new");
        Map<String, Object> form = form(failure, "Reopen", List.of("why"));
        form.put("rootCause", "cause");
        form.put("action", "complete");
        String path = path(engineer.post("/analyses", form));
        assertTrue(engineer.get(path).asString().contains("Reopen as draft"));
        engineer.post(path + "/reopen", Map.of()).then().statusCode(303);
        String page = engineer.get(path).asString();
        assertTrue(page.contains("<div class=\"flash\" role=\"status\">Analysis reopened as a draft</div>"),
                "the flash message survives the redirect, once");
        assertFalse(engineer.get(path).asString().contains("class=\"flash\""));
        assertTrue(page.contains("Status: Complete → Draft"));
        assertEquals(400, engineer.post(path + "/reopen", Map.of()).statusCode(), "a draft cannot be reopened");
    }

    @Test
    void aSessionCanBeAnalysedWhenNoSingleFailureExplainsIt() {
        long session = Fixtures.session("analysis-pages", "Night validation").session();
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/analyses/new?session=" + session).then().statusCode(200);
        Map<String, Object> form = new HashMap<>();
        form.put("sessionId", session);
        form.put("problemStatement", "Half the suites timed out");
        form.put("why", List.of("Staging was scaled down"));
        form.put("action", "save");
        String path = path(engineer.post("/analyses", form));
        assertTrue(engineer.get("/sessions/" + session).asString().contains("href=\"" + path + "\""),
                "the session page lists it");
    }

    static Map<String, Object> form(long failure, String problem, List<String> whys) {
        Map<String, Object> form = new HashMap<>();
        form.put("failureId", failure);
        form.put("problemStatement", problem);
        form.put("why", whys);
        List<String> kinds = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        whys.forEach(w -> {
            kinds.add("NOTE");
            evidence.add("");
        });
        form.put("evidenceKind", kinds);
        form.put("evidence", evidence);
        form.put("rootCause", "");
        form.put("version", "0");
        return form;
    }

    static List<String> whys(String page) {
        List<String> values = new ArrayList<>();
        Matcher matcher = WHY_VALUE.matcher(page.substring(0, page.indexOf("<template id=\"why-template\">")));
        int expected = 1;
        while (matcher.find()) {
            assertEquals(expected++, Integer.parseInt(matcher.group(1)), "rows are numbered in order");
            values.add(matcher.group(2));
        }
        return values;
    }

    static String path(Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        return response.header("Location").replaceFirst("^https?://[^/]+", "");
    }
}
