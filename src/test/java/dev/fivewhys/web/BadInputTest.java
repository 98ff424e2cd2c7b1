package dev.fivewhys.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What a careless script or a curious user sends: a 4xx that says what is wrong, never a 500, nothing stored. */
@QuarkusTest
class BadInputTest {

    @TestHTTPResource("/")
    URI app;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        Fixtures.project("bad-input");
    }

    /** Every JSON write of the API, with a body it would take. */
    private static List<String[]> jsonWrites(Chain chain) {
        return List.of(new String[] { "POST", "/api/projects" }, new String[] { "POST", "/api/sessions" },
                new String[] { "POST", "/api/analyses" }, new String[] { "PUT", "/api/analyses/" + chain.analysis() },
                new String[] { "POST", "/api/fixes" }, new String[] { "PUT", "/api/fixes/" + chain.fix() },
                new String[] { "POST", "/api/audits" }, new String[] { "PUT", "/api/audits/" + chain.audit() },
                new String[] { "POST", "/api/stability-validations" },
                new String[] { "PUT", "/api/stability-validations/" + chain.stability() });
    }

    @ParameterizedTest
    @ValueSource(strings = { "null", "", " ", "{", "[]", "\"a string\"", "42", "{\"title\": }" })
    void everyJsonWriteRefusesAMissingNullOrMalformedBodyWith400(String body) {
        Chain chain = AnalysisFixtures.chain("bad-input");
        long[] before = counts();
        for (String[] write : jsonWrites(chain)) {
            Response response = admin().contentType("application/json").body(body).request(write[0], write[1]);
            assertEquals(400, response.statusCode(), write[0] + " " + write[1] + " with " + body + ": " + response.asString());
            assertEquals(400, response.jsonPath().getInt("status"));
            assertFalse(response.jsonPath().getString("message").isBlank());
        }
        assertEquals(Arrays.toString(before), Arrays.toString(counts()), "nothing stored");
    }

    @Test
    void aJsonWriteWithNoBodyAtAllIs400Too() {
        Chain chain = AnalysisFixtures.chain("bad-input");
        for (String[] write : jsonWrites(chain)) {
            Response response = admin().contentType("application/json").request(write[0], write[1]);
            assertEquals(400, response.statusCode(), write[0] + " " + write[1] + ": " + response.asString());
            assertTrue(response.jsonPath().getString("message").contains("body"), response.asString());
            // nor a Content-Type: what `curl -X POST` sends
            Response bare = admin().request(write[0], write[1]);
            assertTrue(bare.statusCode() == 400 || bare.statusCode() == 415, write[1] + ": " + bare.asString());
            assertFalse(bare.jsonPath().getString("message").isBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "yesterday" })
    void aDateTheDatabaseCannotHoldIs400(String date) {
        Response response = admin().contentType("application/json")
                .body(Map.of("project", "bad-input", "title", "Far future", "startedAt", date)).post("/api/sessions");
        assertEquals(400, response.statusCode(), response.asString());
        assertTrue(response.jsonPath().getString("message").contains("startedAt"), response.asString());
        assertTrue(response.jsonPath().getString("message").contains("Give a date like 2025-09-10T23:05:00Z"),
                response.asString());
        assertEquals(0, Uploads.number("select count(*) from test_session where title = 'Far future'"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+300000-01-01T00:00", "-0001-01-01T00:00", "10000-01-01T00:00" })
    void aDateTypedInAFormOutsideTheYearsTheAppKeepsIsRefused(String typed) {
        assertThrows(DateTimeParseException.class, () -> TimeFormat.parseInput(typed));
        assertEquals(Instant.parse("9999-12-31T23:59:00Z"), TimeFormat.parseInput("9999-12-31T23:59"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "application/json", "text/plain", "multipart/form-data; boundary=x", "nonsense",
            "text/", "none" })
    void anUploadWithAnEmptyMissingOrWrongContentTypeIsRefused(String type) throws Exception {
        long session = Fixtures.session("bad-input", "Uploads").session();
        HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve("/api/sessions/" + session + "/results"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("engineer:engineer-password"
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("<testsuite name=\"s\"><testcase name=\"t\"/></testsuite>"));
        if (!type.equals("none")) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        String said = "'" + type + "': " + response.body();
        // a multipart type on what is no multipart body too: refused for its type, before anything reads it as a form
        assertEquals(415, response.statusCode(), said);
        assertTrue(response.body().contains("application/xml") || response.body().contains("valid media type"), said);
        assertEquals(0, Uploads.number("select count(*) from test_run where session_id = ?1", session));
    }

    @Test
    void numbersAndFlagsThatAreNotNumbersOrFlagsAre400() {
        WebClient admin = WebClient.loginAs("admin");
        long category = AnalysisFixtures.chain("bad-input").category();
        for (String path : List.of("/failures?page=abc", "/impact?weeks=many", "/sessions?page=1e9",
                "/sessions?status=BOGUS", "/failures?status=BOGUS", "/failures?recurring=maybe",
                "/analyses/new?session=x", "/sessions/new?project=one")) {
            assertEquals(400, admin.get(path).statusCode(), path);
        }
        assertEquals(400, given().auth().preemptive().basic("engineer", "engineer-password").get("/api/failures?size=lots")
                .statusCode());
        assertEquals(400, admin.post("/admin/root-causes/" + category + "/active", Map.of("active", "maybe"))
                .statusCode());
        Response version = admin.post("/projects/bad-input", Map.of("name", "Bad", "slug", "bad-input", "version", "x"));
        assertEquals(400, version.statusCode(), version.asString());
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-password");
    }

    private static long[] counts() {
        return new long[] { Uploads.count("project"), Uploads.count("test_session"), Uploads.count("analysis"),
                Uploads.count("fix"), Uploads.count("compliance_audit"), Uploads.count("stability_validation") };
    }
}
