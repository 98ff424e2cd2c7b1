package dev.fivewhys.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The fix API's description keeps the audits and go/no-go a fix's JSON carries, though audit adds them. */
@QuarkusTest
class FixApiSchemaTest {

    @BeforeEach
    void users() {
        // run alone (first after the schema is cleaned) no other test has made them yet
        Fixtures.standardUsers();
    }

    @Test
    void aFixReadIsDocumentedWithItsAuditsStabilityValidationsAndGoNoGo() {
        JsonPath openapi = WebClient.loginAs("manager").get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("#/components/schemas/FixRead",
                openapi.getString("paths.'/api/fixes/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'"));
        assertEquals(List.of(Map.of("$ref", "#/components/schemas/FixReview")),
                openapi.getList("components.schemas.FixRead.allOf"));
        assertEquals(List.of("audits", "stabilityValidations", "goNoGo"),
                List.copyOf(openapi.getMap("components.schemas.FixReview.properties").keySet()));
    }
}
