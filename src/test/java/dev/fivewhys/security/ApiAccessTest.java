package dev.fivewhys.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.fivewhys.security.RouteAccessTest.Access;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Fixtures.SessionIds;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the JSON API, and what each role gets there, by the same rules as the pages
 * ({@link RouteAccessTest}): an API call that does what a page does names that page, and both must let the same roles
 * in. A token or HTTP Basic acts with its user's role; without one the API answers 401.
 */
@QuarkusTest
class ApiAccessTest {

    /** An API operation; {@code page} is the page route that does the same, if one does. */
    record ApiRoute(String method, String path, Access access, String body, int success, String page) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String ANALYSIS = "{\"failureId\": {failure}, \"problemStatement\": \"API route\", "
            + "\"whys\": [{\"answer\": \"Because\"}], \"rootCause\": \"Route\"";
    private static final String FIX = "{\"analysisId\": {analysis}, \"summary\": \"API route fix\"";
    private static final String AUDIT = "{\"fixId\": {fix}, \"kind\": \"SSOT\", \"recommendation\": \"APPROVED\", "
            + "\"checks\": [{\"name\": \"Import Validation\", \"score\": 100, \"outcome\": \"PASS\"}]";
    private static final String STABILITY = "{\"fixId\": {fix}, \"riskLevel\": \"LOW\", \"readiness\": \"GO\"";
    private static final String FOLLOW_UP = "{\"title\": \"API route follow-up\", \"kind\": \"PREVENTION\", "
            + "\"priority\": \"P2\", \"status\": \"OPEN\"";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    static Stream<ApiRoute> routes() {
        return Stream.of(
                get("/api/projects", "GET /projects"),
                write("POST", "/api/projects", Access.ADMIN, "{\"name\": \"API {n}\", \"slug\": \"api-route-{n}\"}", 201,
                        "POST /projects"),
                write("POST", "/api/sessions", Access.WRITE, "{\"project\": \"routes\", \"title\": \"API route\"}", 201,
                        "POST /sessions"),
                get("/api/sessions/{session}", "GET /sessions/{session}"),
                write("POST", "/api/sessions/{session}/results", Access.WRITE,
                        "<testsuite name=\"e2e\"><testcase name=\"t\"/></testsuite>", 201, "POST /sessions/{session}/results"),
                get("/api/sessions/{session}/results", "GET /sessions/{session}/results"),
                write("PUT", "/api/sessions/{session}/results/keep", Access.WRITE, "{\"keep\": true}", 200,
                        "POST /sessions/{session}/results/keep"),
                get("/api/failures", "GET /failures"),
                get("/api/failures/{failure}", "GET /failures/{failure}"),
                write("POST", "/api/analyses", Access.WRITE, ANALYSIS + "}", 201, "POST /analyses"),
                get("/api/analyses/{analysis}", "GET /analyses/{analysis}"),
                write("PUT", "/api/analyses/{analysis}", Access.WRITE, ANALYSIS + ", \"version\": 0}", 200,
                        "POST /analyses/{analysis}"),
                write("POST", "/api/fixes", Access.WRITE, FIX + "}", 201, "POST /fixes"),
                get("/api/fixes/{fix}", "GET /fixes/{fix}"),
                write("PUT", "/api/fixes/{fix}", Access.WRITE, FIX + ", \"version\": 0}", 200, "POST /fixes/{fix}"),
                write("POST", "/api/audits", Access.WRITE, AUDIT + "}", 201, "POST /audits"),
                get("/api/audits/{audit}", null),
                write("PUT", "/api/audits/{audit}", Access.WRITE, AUDIT + ", \"version\": 0}", 200, "POST /audits/{audit}"),
                write("POST", "/api/stability-validations", Access.WRITE, STABILITY + "}", 201,
                        "POST /stability-validations"),
                get("/api/stability-validations/{stability}", null),
                get("/api/sessions?project=routes&status=PLANNED&from=2020-01-01T00:00:00Z", "GET /sessions"),
                get("/api/runs?project=routes&commit=abcdef1", null),
                get("/api/analyses?project=routes&status=COMPLETE", "GET /analyses"),
                get("/api/fixes?status=PROPOSED", null),
                get("/api/audits?fix=1", null),
                get("/api/stability-validations?fix=1", null),
                get("/api/tests?project=routes&flaky=false&quarantined=true", "GET /tests"),
                get("/api/tests/{test}", "GET /tests/{test}"),
                write("PUT", "/api/tests/{test}/quarantine", Access.WRITE, "{\"reason\": \"route\", \"owner\": "
                        + "\"route\", \"until\": \"" + RouteAccessTest.QUARANTINE_UNTIL + ":00Z\"}", 200,
                        "POST /tests/{test}/quarantine"),
                write("DELETE", "/api/tests/{test}/quarantine", Access.WRITE, "", 200, "POST /tests/{test}/release"),
                write("PUT", "/api/stability-validations/{stability}", Access.WRITE, STABILITY + ", \"version\": 0}", 200,
                        "POST /stability-validations/{stability}"),
                // Follow-ups and owners (issue 15).
                get("/api/follow-ups?analysis={analysis}", null),
                write("POST", "/api/follow-ups/analysis/{analysis}", Access.WRITE, FOLLOW_UP + "}", 201, "POST /follow-ups"),
                get("/api/follow-ups/{followup}", "GET /follow-ups/{followup}"),
                write("PUT", "/api/follow-ups/{followup}", Access.WRITE, FOLLOW_UP + ", \"version\": 0}", 200,
                        "POST /follow-ups/{followup}"),
                write("PUT", "/api/failures/{failure}/owner", Access.WRITE, "{\"owner\": \"engineer\"}", 200,
                        "POST /failures/{failure}/owner"),
                write("PUT", "/api/analyses/{analysis}/owner", Access.WRITE, "{\"owner\": \"engineer\"}", 200,
                        "POST /analyses/{analysis}/owner"));
    }

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        Fixtures.project("routes");
    }

    /**
     * Every JAX-RS operation of the app, pages included (read from the resource classes: the OpenAPI document describes
     * the API only), must be in this table or in {@link RouteAccessTest}'s, so that no route escapes the role walk. Only
     * the login form and GitHub's webhook are open to everyone, and checked by their own tests.
     */
    @Test
    void everyOperationOfTheAppIsInOneOfTheTables() {
        List<String> walked = Stream.concat(routes().map(r -> r.method() + " " + r.path()),
                RouteAccessTest.routes().map(r -> (r.method().equals("MULTIPART") ? "POST" : r.method()) + " " + r.path()))
                .map(route -> route.replaceAll("\\?.*", "")).toList();
        Set<String> open = Set.of("GET /login", "POST /login", "POST /github/webhook");
        Set<String> operations = JaxRsOperations.all();
        assertTrue(operations.contains("GET /sessions/{id}") && operations.contains("POST /api/sessions"),
                operations.toString());
        Set<String> missing = new TreeSet<>();
        operations.stream().filter(operation -> !open.contains(operation))
                .filter(operation -> walked.stream().noneMatch(route -> route.matches(
                        operation.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))))
                .forEach(missing::add);
        assertEquals(Set.of(), missing, "operations no access test walks");
    }

    /** The API describes itself to a token (tools read it), and only itself: no page's form is listed. */
    @Test
    void theOpenApiDocumentAnswersATokenAndListsTheApiOnly() {
        String secret = QuarkusTransaction.requiringNew().call(() -> ApiToken
                .issue(User.findByUsername("manager").orElseThrow(), "openapi reader", java.time.Instant.now()).secret());
        Map<String, Map<String, Object>> paths = given().header("Authorization", "Bearer " + secret)
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        assertTrue(paths.containsKey("/api/tests"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/sessions/{id}/results"));
        assertEquals(List.of(), paths.keySet().stream().filter(p -> !p.startsWith("/api/")).toList());
        assertEquals(200, as("engineer").get("/q/openapi").statusCode(), "HTTP Basic as well");
        assertEquals(200, WebClient.loginAs("manager").get("/q/openapi").statusCode(), "and the browser, for Swagger UI");
    }

    @Test
    void anApiCallLetsInTheSameRolesAsThePageThatDoesTheSame() {
        Map<String, Access> pages = RouteAccessTest.routes().collect(Collectors.toMap(r -> r.method() + " "
                + r.path().replaceAll("\\?.*", ""), RouteAccessTest.Route::access, (a, b) -> a));
        List<String> differing = routes().filter(r -> r.page() != null)
                .filter(r -> pages.get(r.page()) != r.access())
                .map(r -> r + " is " + r.access() + " but " + r.page() + " is " + pages.get(r.page())).toList();
        assertEquals(List.of(), differing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void withoutCredentialsTheApiAnswers401(ApiRoute route) {
        assertEquals(401, send(given(), route).statusCode(), route.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void managerReadsButChangesNothing(ApiRoute route) {
        Response response = send(as("manager"), route);
        assertEquals(route.access() == Access.READ ? 200 : 403, response.statusCode(), route + ": " + response.asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void engineerWritesButDoesNotAdminister(ApiRoute route) {
        Response response = send(as("engineer"), route);
        assertEquals(route.access() == Access.ADMIN ? 403 : route.success(), response.statusCode(),
                route + ": " + response.asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void adminMayDoEverything(ApiRoute route) {
        Response response = send(as("admin"), route);
        assertEquals(route.success(), response.statusCode(), route + ": " + response.asString());
    }

    private static RequestSpecification as(String username) {
        String password = username.equals("admin") ? "admin-password" : username + Fixtures.PASSWORD_SUFFIX;
        return given().auth().preemptive().basic(username, password);
    }

    private static Response send(RequestSpecification request, ApiRoute route) {
        SessionIds ids = Fixtures.session("routes", "API route session");
        // a fresh failure → analysis → fix → audit chain each time, so one role's write never changes another's
        Chain chain = (route.path() + route.body()).matches("(?s).*\\{(failure|analysis|fix|audit|stability|followup)}.*")
                ? AnalysisFixtures.chain("routes")
                : null;
        String path = resolve(route.path(), ids, chain);
        if (route.method().equals("GET")) {
            return request.get(path);
        }
        String type = route.body().startsWith("<") ? "application/xml" : "application/json";
        return request.contentType(type).body(resolve(route.body(), ids, chain)).request(route.method(), path);
    }

    private static String resolve(String text, SessionIds ids, Chain chain) {
        if (chain != null) {
            text = text.replace("{failure}", Long.toString(chain.failure()))
                    .replace("{analysis}", Long.toString(chain.analysis()))
                    .replace("{fix}", Long.toString(chain.fix()))
                    .replace("{audit}", Long.toString(chain.audit()))
                    .replace("{stability}", Long.toString(chain.stability()));
            if (text.contains("{followup}")) {
                text = text.replace("{followup}", Long.toString(
                        dev.fivewhys.support.FollowUpFixtures.followUp(chain.analysis(), "API route follow-up", null, null)));
            }
        }
        return text.replace("{session}", Long.toString(ids.session()))
                .replace("{test}", Long.toString(Fixtures.testCase("routes", "api route test")))
                .replace("{n}", Integer.toString(COUNTER.incrementAndGet()));
    }

    private static ApiRoute get(String path, String page) {
        return new ApiRoute("GET", path, Access.READ, "", 200, page);
    }

    private static ApiRoute write(String method, String path, Access access, String body, int success, String page) {
        assertTrue(access != Access.READ, path);
        return new ApiRoute(method, path, access, body, success, page);
    }
}
