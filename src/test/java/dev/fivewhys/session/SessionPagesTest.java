package dev.fivewhys.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Fixtures.SessionIds;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SessionPagesTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void formErrorComesBackWithInputKeptAndMessageBesideTheField() {
        long project = Fixtures.project("forms").id;
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/new");
        var response = engineer.post("/sessions", Map.of("projectId", project, "title", "  ",
                "mission", "Execute P0 Golden Path e2e staging tests", "status", "RUNNING",
                "impactAmount", "550,000", "impactCurrency", "USD", "impactBasis", ""));
        assertEquals(400, response.statusCode());
        String page = response.asString();
        assertTrue(page.contains("Execute P0 Golden Path e2e staging tests"), "mission kept");
        assertTrue(page.contains("value=\"550,000\""), "amount kept as typed");
        assertTrue(page.matches("(?s).*id=\"title\".*?<p class=\"error\" id=\"title-error\">Give the session a title</p>.*"),
                "the title's message sits beside the title field");
        long before = QuarkusTransaction.requiringNew().call(() -> TestSession.count("title", "  "));
        assertEquals(0, before);
    }

    @Test
    void impactNeedsABasisAndAKnownCurrency() {
        long project = Fixtures.project("forms").id;
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/new");
        String page = engineer.post("/sessions", Map.of("projectId", project, "title", "Impact", "status", "RUNNING",
                "impactAmount", "550000", "impactCurrency", "XYZ")).then().statusCode(400).extract().asString();
        assertTrue(page.contains("Unknown currency code"), page);
        page = engineer.post("/sessions", Map.of("projectId", project, "title", "Impact", "status", "RUNNING",
                "impactAmount", "550000", "impactCurrency", "USD")).then().statusCode(400).extract().asString();
        assertTrue(page.contains("Say whether the amount is MRR or ARR"));
    }

    @Test
    void secondConcurrentSaveIsToldOfTheConflictAndKeepsItsText() {
        SessionIds ids = Fixtures.session("forms", "Shared session");
        WebClient alice = WebClient.loginAs("engineer");
        WebClient bob = WebClient.loginAs("admin");
        alice.get("/sessions/" + ids.session() + "/edit");
        bob.get("/sessions/" + ids.session() + "/edit");
        long project = Fixtures.project("forms").id;

        Map<String, Object> first = form(project, "Alice's title", "Alice's mission", 0);
        assertEquals(303, alice.post("/sessions/" + ids.session(), first).statusCode());

        Map<String, Object> second = form(project, "Bob's title", "Bob's careful mission text", 0);
        var conflict = bob.post("/sessions/" + ids.session(), second);
        assertEquals(409, conflict.statusCode());
        String page = conflict.asString();
        assertTrue(page.contains("Someone else saved this session"), page);
        assertTrue(page.contains("Bob&#39;s careful mission text") || page.contains("Bob's careful mission text"));

        TestSession stored = QuarkusTransaction.requiringNew().call(() -> TestSession.findById(ids.session()));
        assertEquals("Alice's title", stored.title, "the first save is not overwritten");
    }

    @Test
    void scriptInALogEntryIsShownAsText() {
        SessionIds ids = Fixtures.session("forms", "Markdown session");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/" + ids.session() + "/log/new");
        engineer.post("/sessions/" + ids.session() + "/log", Map.of("occurredAt", "2025-09-09T23:20",
                "title", "FIVE-WHYS <b>BUG</b>", "body",
                "**Root cause** <script>alert('x')</script>\n\n[click](javascript:alert(1))"))
                .then().statusCode(303);
        String page = engineer.get("/sessions/" + ids.session()).asString();
        assertFalse(page.contains("<script>alert"), "raw script must never reach the page");
        assertTrue(page.contains("&lt;script&gt;alert"), "the script is shown as text");
        assertTrue(page.contains("<strong>Root cause</strong>"), "markdown itself is rendered");
        assertFalse(page.contains("href=\"javascript:"), "unsafe links are dropped");
        assertTrue(page.contains("FIVE-WHYS &lt;b&gt;BUG&lt;/b&gt;"), "titles are escaped");
    }

    @Test
    void unknownSessionIsANotFoundPage() {
        var response = WebClient.loginAs("manager").get("/sessions/999999999");
        assertEquals(404, response.statusCode());
        assertTrue(response.asString().contains("Not found"));
        assertFalse(response.asString().contains("Exception"));
        // the error page replaces the layout's menu with nothing, signed in or not: no forms there
        assertFalse(response.asString().contains("class=\"menu\""), "no menu on an error page");
        assertFalse(response.asString().contains("/logout"), "no log-out form on an error page");
    }

    @Test
    void listFiltersAndRefusesUnknownStatus() {
        Fixtures.session("filters-a", "Alpha session");
        Fixtures.session("filters-b", "Beta session");
        WebClient manager = WebClient.loginAs("manager");
        String page = manager.get("/sessions?project=filters-a").asString();
        assertTrue(page.contains("Alpha session"));
        assertFalse(page.contains("Beta session"));
        assertEquals(400, manager.get("/sessions?status=EXPLODED").statusCode());
    }

    private static Map<String, Object> form(long project, String title, String mission, long version) {
        Map<String, Object> form = new HashMap<>();
        form.put("projectId", project);
        form.put("title", title);
        form.put("mission", mission);
        form.put("status", "RUNNING");
        form.put("version", version);
        return form;
    }
}
