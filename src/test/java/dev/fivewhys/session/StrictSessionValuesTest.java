package dev.fivewhys.session;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.core.Choices;
import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Fixtures.SessionIds;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A session's amounts, currencies and choices are read strictly, on the form and in the API alike: what is not one is
 * refused beside its field with the same words, never stored as something else.
 */
@QuarkusTest
class StrictSessionValuesTest {

    private static final AtomicInteger COUNT = new AtomicInteger();

    /** Each test's own title, so it can tell that nothing of it was stored. */
    private final String title = "Strict values " + COUNT.incrementAndGet();

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @ParameterizedTest
    @ValueSource(strings = { "5,,,0", "5,0", "1,00,000", "550 000", "5e3", "-5", "550000.", ".5", "０" })
    void anAmountThatIsNotWrittenAsOneIsRefused(String amount) {
        String page = post(Map.of("impactAmount", amount, "impactCurrency", "USD", "impactBasis", "MRR"));
        assertTrue(page.contains("id=\"impactAmount-error\">Write an amount like 550000 or 550,000.00</p>"), page);
        assertTrue(page.contains("value=\"" + amount + "\""), "kept as typed");
        assertEquals(0L, stored(), "nothing stored");
    }

    @Test
    void amountsWithGroupsAndFractionsAreReadExactly() {
        WebClient engineer = engineer();
        Map<String, Object> form = form(Map.of("impactAmount", "1,550,000.25", "impactCurrency", "eur",
                "impactBasis", "ARR"));
        engineer.post("/sessions", form).then().statusCode(303);
        TestSession stored = QuarkusTransaction.requiringNew().call(() -> TestSession
                .<TestSession> find("title", title).firstResult());
        assertEquals(155_000_025L, stored.impact.amountMinor);
        assertEquals(ImpactBasis.ARR, stored.impact.basis);
        String page = post(Map.of("impactAmount", "12.345", "impactCurrency", "USD", "impactBasis", "MRR"));
        assertTrue(page.contains("id=\"impactAmount-error\">Too many decimals for USD</p>"), page);
    }

    @ParameterizedTest
    @ValueSource(strings = { "XXX", "XTS", "XAU", "ABC", "US" })
    void aCurrencyMustBeMoneyOfIso4217OnTheFormAndInTheApi(String currency) {
        String page = post(Map.of("impactAmount", "550000", "impactCurrency", currency, "impactBasis", "MRR"));
        assertTrue(page.contains("id=\"impactCurrency-error\">" + Sessions.UNKNOWN_CURRENCY + "</p>"), page);

        Map<String, Object> body = json();
        body.put("impact", Map.of("amountMinor", 55_000_000, "currency", currency, "basis", "MRR"));
        Api.engineer().body(body).post("/api/sessions").then().statusCode(400)
                .body("message", containsString("impact.currency: " + Sessions.UNKNOWN_CURRENCY));
        assertEquals(0L, stored(), "nothing stored");
    }

    @Test
    void choicesThatAreNotOnTheListAreRefusedWithTheFormsWords() {
        String page = post(Map.of("status", "EXPLODED"));
        assertTrue(page.contains(">" + Choices.message(SessionStatus.class) + "</p>"), page);
        page = post(Map.of("impactAmount", "550000", "impactCurrency", "USD", "impactBasis", "QRR"));
        assertTrue(page.contains("id=\"impactBasis-error\">" + Choices.message(ImpactBasis.class) + "</p>"), page);

        Map<String, Object> body = json();
        body.put("status", "EXPLODED");
        Api.engineer().body(body).post("/api/sessions").then().statusCode(400)
                .body("message", containsString("status: " + Choices.message(SessionStatus.class)));
        body = json();
        body.put("impact", Map.of("amountMinor", 55_000_000, "currency", "USD", "basis", "QRR"));
        Api.engineer().body(body).post("/api/sessions").then().statusCode(400)
                .body("message", containsString("impact.basis: " + Choices.message(ImpactBasis.class)));
        body = json();
        body.put("criteria", List.of(Map.of("text", "All P0 pass", "state", "DONE")));
        Api.engineer().body(body).post("/api/sessions").then().statusCode(400)
                .body("message", containsString("criteria[0].state: " + Choices.message(CriterionState.class)));
        assertEquals(0L, stored(), "nothing stored");
    }

    @Test
    void anApiAmountIsWholeMinorUnitsNeverRounded() {
        Map<String, Object> body = json();
        body.put("impact", Map.of("amountMinor", 5.5, "currency", "USD", "basis", "MRR"));
        Api.engineer().body(body).post("/api/sessions").then().statusCode(400);
        body.put("impact", Map.of("amountMinor", "550", "currency", "USD", "basis", "MRR"));
        Api.engineer().body(body).post("/api/sessions").then().statusCode(400);
        body.put("impact", Map.of("amountMinor", -1, "currency", "USD", "basis", "MRR"));
        Api.engineer().body(body).post("/api/sessions").then().statusCode(400)
                .body("message", containsString("impact.amountMinor: An amount at risk cannot be negative"));
        assertEquals(0L, stored(), "nothing stored");
    }

    @Test
    void thePlanPageReadsCountsAndStatesStrictly() {
        SessionIds ids = Fixtures.session("strict-values", "Plan of strict values");
        WebClient engineer = engineer();
        engineer.get("/sessions/" + ids.session() + "/plan");
        String page = engineer.post("/sessions/" + ids.session() + "/plan/phases/" + ids.phase() + "/suites",
                Map.of("path", "tests/e2e/test_x.py", "expectedCount", "ten")).then().statusCode(400).extract()
                .asString();
        assertTrue(page.contains("Write the number of tests, e.g. 25"), page);
        page = engineer.post("/sessions/" + ids.session() + "/plan/criteria", Map.of("text", "All P0 pass", "state",
                "DONE")).then().statusCode(400).extract().asString();
        assertTrue(page.contains(Choices.message(CriterionState.class)), page);
        engineer.post("/sessions/" + ids.session() + "/plan/criteria/" + ids.criterion(), Map.of("state", "DONE"))
                .then().statusCode(400);
        long criteria = QuarkusTransaction.requiringNew()
                .call(() -> TestSession.<TestSession> findById(ids.session()).criteria.size());
        assertEquals(1, criteria, "nothing added");
    }

    private static WebClient engineer() {
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/new");
        return engineer;
    }

    private String post(Map<String, Object> values) {
        return engineer().post("/sessions", form(values)).then().statusCode(400).extract().asString();
    }

    private Map<String, Object> form(Map<String, Object> values) {
        Map<String, Object> form = new HashMap<>();
        form.put("projectId", Fixtures.project("strict-values").id);
        form.put("title", title);
        form.put("status", "RUNNING");
        form.putAll(values);
        return form;
    }

    private Map<String, Object> json() {
        Fixtures.project("strict-values");
        Map<String, Object> body = new HashMap<>();
        body.put("project", "strict-values");
        body.put("title", title);
        return body;
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> TestSession.count("title", title));
    }
}
