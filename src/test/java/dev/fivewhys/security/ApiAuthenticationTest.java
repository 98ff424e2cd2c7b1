package dev.fivewhys.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiAuthenticationTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void withoutCredentialsTheApiAnswers401NotTheLoginPage() {
        given().get("/api/projects").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().auth().preemptive().basic("engineer", "wrong").get("/api/projects").then().statusCode(401);
        given().header("Authorization", "Bearer fw_not-a-token").get("/api/projects").then().statusCode(401);
    }

    @Test
    void theBrowserCookieIsNotAnApiCredential() {
        WebClient engineer = WebClient.loginAs("engineer");
        assertEquals(401, engineer.get("/api/projects").statusCode());
    }

    @Test
    void personalTokenFromTheProfilePageOpensASessionAndRevokingItLocksOut() {
        Fixtures.project("api-token");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/profile");
        String page = engineer.post("/profile/tokens", Map.of("name", "GitHub Actions")).then().statusCode(200)
                .extract().asString();
        Matcher matcher = Pattern.compile("<pre id=\"new-token\">(fw_[A-Za-z0-9_-]+)</pre>").matcher(page);
        matcher.find();
        String token = matcher.group(1);
        assertFalse(engineer.get("/profile").asString().contains(token), "the token is shown only once");

        long id = given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("project", "api-token", "title", "CI session", "status", "RUNNING",
                        "impact", Map.of("amountMinor", 55_000_000, "currency", "USD", "basis", "MRR")))
                .post("/api/sessions").then().statusCode(201).body("impact.display", equalTo("$550,000 MRR"))
                .extract().jsonPath().getLong("id");
        given().header("Authorization", "Bearer " + token).get("/api/sessions/" + id).then().statusCode(200)
                .body("title", equalTo("CI session")).body("project", equalTo("api-token"));

        long tokenId = Fixtures.tokenIdOf("engineer", "GitHub Actions");
        engineer.post("/profile/tokens/" + tokenId + "/revoke", Map.of()).then().statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/api/sessions/" + id).then().statusCode(401);
    }

    @Test
    void basicAuthFollowsTheSameRoleRules() {
        given().auth().preemptive().basic("manager", "manager-password").get("/api/projects").then().statusCode(200);
        given().auth().preemptive().basic("manager", "manager-password").contentType("application/json")
                .body(Map.of("name", "Nope", "slug", "nope")).post("/api/projects").then().statusCode(403);
        // as on the pages: engineers write sessions and results, admins make projects
        given().auth().preemptive().basic("engineer", "engineer-password").contentType("application/json")
                .body(Map.of("name", "Via API", "slug", "via-api", "githubRepository", "acme/via-api"))
                .post("/api/projects").then().statusCode(403);
        given().auth().preemptive().basic("admin", "admin-password").contentType("application/json")
                .body(Map.of("name", "Via API", "slug", "via-api", "githubRepository", "acme/via-api"))
                .post("/api/projects").then().statusCode(201).body("slug", equalTo("via-api"));
    }

    @Test
    void badBodiesGetAJsonMessage() {
        given().auth().preemptive().basic("admin", "admin-password").contentType("application/json")
                .body(Map.of("name", "", "slug", "Bad Slug")).post("/api/projects").then().statusCode(400)
                .body("message", containsString("slug"));
        given().auth().preemptive().basic("engineer", "engineer-password").contentType("application/json")
                .body("{\"project\": ").post("/api/sessions").then().statusCode(400)
                .body("message", containsString("JSON"));
        given().auth().preemptive().basic("engineer", "engineer-password").contentType("application/json")
                .body(Map.of("project", "no-such-project", "title", "x")).post("/api/sessions").then().statusCode(400)
                .body("message", containsString("no-such-project"));
        given().auth().preemptive().basic("engineer", "engineer-password").get("/api/sessions/987654321").then()
                .statusCode(404).body("status", equalTo(404));
    }
}
