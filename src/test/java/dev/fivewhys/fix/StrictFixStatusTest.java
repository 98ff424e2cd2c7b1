package dev.fivewhys.fix;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.core.Choices;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Api;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A new fix's status is read strictly, the same way on the form and in the API. */
@QuarkusTest
class StrictFixStatusTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @ParameterizedTest
    @ValueSource(strings = { "FIXED", "proposed", "", "VERIFIED" })
    void aStatusANewFixCannotHaveIsRefusedOnTheFormAndInTheApi(String status) {
        String message = status.equals("VERIFIED") ? "Choose proposed, merged or deployed"
                : Choices.message(FixStatus.class);
        Chain chain = AnalysisFixtures.chain("strict-fixes");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/fixes/new?analysis=" + chain.analysis());
        Map<String, Object> form = FixPagesTest.form(chain.analysis());
        form.put("status", status);
        String page = engineer.post("/fixes", form).then().statusCode(400).extract().asString();
        assertTrue(page.contains(">" + message + "</p>"), page);

        Map<String, Object> body = new HashMap<>();
        body.put("analysisId", chain.analysis());
        body.put("summary", "Update the import");
        body.put("status", status);
        Api.engineer().body(body).post("/api/fixes").then().statusCode(400)
                .body("message", containsString("status: " + message));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> Fix.count("analysis.id", chain.analysis())), "only the fixture's fix");
    }
}
