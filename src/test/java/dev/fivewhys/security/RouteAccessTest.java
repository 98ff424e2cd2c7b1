package dev.fivewhys.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.AnalysisFixtures.Chain;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Fixtures.SessionIds;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every route of the app, and what each role gets there. A new route belongs in this table:
 * anonymous users are sent to the login page, managers read (and change their own account) but every other POST of
 * theirs is refused, engineers read and write, and admin-only routes refuse everyone but admins.
 */
@QuarkusTest
class RouteAccessTest {

    enum Access {
        /** Everyone logged in reads it. */
        READ,
        /** Everyone logged in does it, to their own account (managers too). */
        OWN,
        /** Engineers and admins; managers get 403. */
        WRITE,
        /** Admins only. */
        ADMIN
    }

    /**
     * A route and what it answers when allowed: 200 for pages, 303 for form posts (post-redirect-get).
     * {@code file} is sent as a multipart upload beside the form's fields when present.
     */
    record Route(String method, String path, Access access, Map<String, String> form, int success, byte[] file) {
        Route(String method, String path, Access access, Map<String, String> form, int success) {
            this(method, path, access, form, success, null);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Within the year a quarantine may last. */
    static final String QUARANTINE_UNTIL = LocalDateTime.now().plusDays(30).withNano(0).toString().substring(0, 16);

    static Stream<Route> routes() {
        return Stream.of(
                get("/", Access.READ),
                get("/sessions", Access.READ),
                get("/sessions?status=RUNNING&project=routes", Access.READ),
                get("/sessions/{session}", Access.READ),
                get("/projects", Access.READ),
                get("/impact", Access.READ),
                get("/impact?project=routes&weeks=26", Access.READ),
                get("/impact/report.md", Access.READ),
                get("/sessions/new", Access.WRITE),
                post("/sessions", Access.WRITE, Map.of("projectId", "{project}", "title", "Route check", "status", "RUNNING")),
                get("/sessions/{session}/edit", Access.WRITE),
                post("/sessions/{session}", Access.WRITE,
                        Map.of("projectId", "{project}", "title", "Route check", "status", "RUNNING", "version", "0")),
                get("/sessions/{session}/plan", Access.WRITE),
                post("/sessions/{session}/plan/phases", Access.WRITE, Map.of("name", "Phase", "priority", "P0")),
                post("/sessions/{session}/plan/phases/{phase}/suites", Access.WRITE, Map.of("path", "tests/a.py")),
                post("/sessions/{session}/plan/suites/{suite}/delete", Access.WRITE, Map.of()),
                post("/sessions/{session}/plan/phases/{phase}/delete", Access.WRITE, Map.of()),
                post("/sessions/{session}/plan/criteria", Access.WRITE, Map.of("text", "All P0 pass")),
                post("/sessions/{session}/plan/criteria/{criterion}", Access.WRITE, Map.of("state", "MET")),
                post("/sessions/{session}/plan/criteria/{criterion}/delete", Access.WRITE, Map.of()),
                get("/sessions/{session}/log/new", Access.WRITE),
                // Markdown logs in and out (issue #6): the preview answers with a page, confirming redirects.
                get("/sessions/{session}/report.md", Access.READ),
                get("/sessions/import", Access.WRITE),
                new Route("MULTIPART", "/sessions/import", Access.WRITE,
                        Map.of("projectId", "{project}", "text", "# Route import preview {n}"), 200),
                post("/sessions/import/confirm", Access.WRITE,
                        Map.of("projectId", "{project}", "text", "# Route import {n}\n\n**Mission:** Check the routes")),
                post("/sessions/{session}/log", Access.WRITE, Map.of("title", "Entry", "body", "text")),
                get("/profile", Access.READ),
                post("/profile/password", Access.OWN, Map.of("currentPassword", "{password}", "newPassword", "{password}",
                        "repeatPassword", "{password}")),
                post("/logout", Access.OWN, Map.of()),
                // Answers with the page, not a redirect: the new token is shown this once.
                new Route("POST", "/profile/tokens", Access.WRITE, Map.of("name", "CI"), 200),
                post("/profile/tokens/{token}/revoke", Access.WRITE, Map.of()),
                get("/github/sync", Access.WRITE),
                post("/github/sync/jobs/1/retry", Access.WRITE, Map.of()),
                post("/github/sync/jobs/1/cancel", Access.WRITE, Map.of()),
                post("/github/sync/jobs/retry-failed", Access.WRITE, Map.of()),
                post("/github/sync/deliveries/1/retry", Access.WRITE, Map.of()),
                post("/github/sync/resume", Access.ADMIN, Map.of()),
                get("/projects/new", Access.ADMIN),
                post("/projects", Access.ADMIN, Map.of("name", "New", "slug", "route-new-{n}")),
                get("/projects/routes/edit", Access.ADMIN),
                post("/projects/routes", Access.ADMIN, Map.of("name", "Routes", "slug", "routes", "version", "0")),
                get("/admin/users", Access.ADMIN),
                post("/admin/users", Access.ADMIN,
                        Map.of("username", "route-{n}", "password", "long-enough-pw", "role", "manager")),
                post("/admin/users/{user}/role", Access.ADMIN, Map.of("role", "engineer")),
                post("/admin/users/{user}/active", Access.ADMIN, Map.of("active", "true")),
                post("/admin/users/{user}/password", Access.ADMIN, Map.of("password", "route-target-password")),
                // Analyses, fixes, audits, stability validations (issue #4).
                get("/analyses", Access.READ),
                get("/analyses/{analysis}", Access.READ),
                get("/fixes/{fix}", Access.READ),
                get("/failures/{failure}/analyses/new", Access.WRITE),
                get("/analyses/new?session={session}", Access.WRITE),
                post("/analyses", Access.WRITE, Map.of("failureId", "{failure}", "problemStatement", "Route check",
                        "why", "Because", "action", "save")),
                // "Add a why" without JavaScript: the form comes back with one more row, nothing saved.
                new Route("POST", "/analyses", Access.WRITE, Map.of("sessionId", "{session}", "action", "add-why"), 200),
                get("/analyses/{analysis}/edit", Access.WRITE),
                post("/analyses/{analysis}", Access.WRITE, Map.of("problemStatement", "Route check", "why", "Because",
                        "rootCause", "Route cause", "action", "save", "version", "0")),
                post("/analyses/{analysis}/reopen", Access.WRITE, Map.of()),
                get("/fixes/new?analysis={analysis}", Access.WRITE),
                post("/fixes", Access.WRITE, Map.of("analysisId", "{analysis}", "summary", "Route fix", "status", "PROPOSED")),
                get("/fixes/{fix}/edit", Access.WRITE),
                post("/fixes/{fix}", Access.WRITE, Map.of("summary", "Route fix", "version", "0")),
                post("/fixes/{fix}/status", Access.WRITE, Map.of("status", "MERGED")),
                get("/audits/new?fix={fix}", Access.WRITE),
                post("/audits", Access.WRITE, Map.of("fixId", "{fix}", "kind", "SSOT", "recommendation", "APPROVED",
                        "checkName", "Import Validation", "checkScore", "100", "checkOutcome", "PASS")),
                get("/audits/{audit}/edit", Access.WRITE),
                post("/audits/{audit}", Access.WRITE, Map.of("kind", "SSOT", "recommendation", "REJECTED", "version", "0")),
                get("/stability-validations/new?fix={fix}", Access.WRITE),
                post("/stability-validations", Access.WRITE, Map.of("fixId", "{fix}", "riskLevel", "LOW", "readiness", "GO")),
                get("/stability-validations/{stability}/edit", Access.WRITE),
                post("/stability-validations/{stability}", Access.WRITE,
                        Map.of("riskLevel", "HIGH", "readiness", "NO_GO", "version", "0")),
                get("/admin/root-causes", Access.ADMIN),
                post("/admin/root-causes", Access.ADMIN, Map.of("name", "route category {n}")),
                post("/admin/root-causes/{category}", Access.ADMIN, Map.of("name", "route renamed {n}")),
                post("/admin/root-causes/{category}/active", Access.ADMIN, Map.of("active", "false")),
                // Results and failures (issue #3).
                get("/sessions/{session}/results", Access.READ),
                get("/sessions/{session}/results?status=FAILED&q=test&suite=e2e", Access.READ),
                new Route("POST", "/sessions/{session}/results", Access.WRITE, Map.of("name", "route check"), 303,
                        "<testsuite name=\"e2e\"><testcase name=\"t\"/></testsuite>".getBytes(StandardCharsets.UTF_8)),
                // The simplest page, bench/pages' ceiling, and keeping a session's results past retention (issue #16).
                get("/bench/ceiling", Access.READ),
                post("/sessions/{session}/results/keep", Access.WRITE, Map.of("keep", "true")),
                get("/failures", Access.READ),
                get("/failures?project=routes&status=OPEN&severity=MEDIUM&recurring=false", Access.READ),
                get("/failures/{failure}", Access.READ),
                post("/failures/{failure}/status", Access.WRITE, Map.of("status", "ANALYSING", "note", "route check")),
                post("/failures/{failure}/github", Access.WRITE, Map.of()),
                // Follow-ups, owners and each engineer's work (issue 15).
                get("/my-work", Access.READ),
                get("/follow-ups/new?analysis={analysis}&title=Route", Access.WRITE),
                post("/follow-ups", Access.WRITE, Map.of("analysisId", "{analysis}", "title", "Route follow-up", "kind",
                        "PREVENTION", "priority", "P2", "status", "OPEN")),
                post("/follow-ups/from-prevention", Access.WRITE, Map.of("analysisId", "{analysis}")),
                get("/follow-ups/{followup}", Access.READ),
                get("/follow-ups/{followup}/edit", Access.WRITE),
                post("/follow-ups/{followup}", Access.WRITE, Map.of("title", "Route follow-up", "kind", "PREVENTION",
                        "priority", "P2", "status", "DONE", "version", "0")),
                post("/failures/{failure}/owner", Access.WRITE, Map.of("owner", "engineer")),
                post("/analyses/{analysis}/owner", Access.WRITE, Map.of("owner", "engineer")),
                get("/projects/routes/notifications", Access.ADMIN),
                post("/projects/routes/notifications", Access.ADMIN, Map.of("url", "https://127.0.0.1/hook/{n}",
                        "secret", "route-secret", "events", "FIX_VERIFIED")),
                post("/projects/routes/notifications/0/delete", Access.ADMIN, Map.of()),
                post("/projects/routes/notifications/deliveries/0/retry", Access.ADMIN, Map.of()),
                // Tests: history, flakiness, quarantine (issue #14).
                get("/tests", Access.READ),
                get("/tests?project=routes&flaky=true&quarantined=false&q=route", Access.READ),
                get("/tests/{test}", Access.READ),
                post("/tests/{test}/quarantine", Access.WRITE,
                        Map.of("reason", "route check", "owner", "route", "until", QUARANTINE_UNTIL)),
                post("/tests/{test}/release", Access.WRITE, Map.of()));
    }

    private static int counter;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        Fixtures.user("route-target", Role.ENGINEER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anonymousIsSentToLogin(Route route) {
        Response response = send(WebClient.anonymous(), route);
        assertEquals(302, response.statusCode(), route + " as anonymous");
        assertTrue(response.header("Location").endsWith("/login"), route + " redirects to " + response.header("Location"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void managerReadsButChangesNothing(Route route) {
        Response response = send(WebClient.loginAs("manager"), route);
        if (route.access() == Access.OWN) {
            assertAllowed(route, response);
        } else if (route.access() == Access.READ) {
            assertTrue(response.statusCode() == 200 || response.statusCode() == 303,
                    route + " as manager: " + response.statusCode());
        } else {
            assertEquals(403, response.statusCode(), route + " as manager");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void engineerWritesButDoesNotAdminister(Route route) {
        Response response = send(WebClient.loginAs("engineer"), route);
        if (route.access() == Access.ADMIN) {
            assertEquals(403, response.statusCode(), route + " as engineer");
        } else {
            assertAllowed(route, response);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void adminMayDoEverything(Route route) {
        assertAllowed(route, send(WebClient.loginAs("admin"), route));
    }

    private static void assertAllowed(Route route, Response response) {
        int status = response.statusCode();
        assertNotEquals(401, status, route.toString());
        assertNotEquals(403, status, route.toString());
        assertTrue(status < 400, route + " answered " + status + ": " + response.asString());
        if (!route.method().equals("GET")) {
            assertEquals(route.success(), status, route + " after a successful post");
        }
    }

    private static Response send(WebClient client, Route route) {
        SessionIds ids = Fixtures.session("routes", "Route session");
        long user = Fixtures.userId("route-target");
        // A fresh failure → analysis → fix → audit chain for each request, so one role's post never changes another's.
        boolean needsChain = (route.path() + route.form().values()).matches(
                "(?s).*\\{(failure|analysis|fix|audit|stability|category|followup)}.*");
        Chain chain = needsChain ? AnalysisFixtures.chain("routes") : null;
        String path = resolve(route.path(), ids, user, chain);
        if (path.contains("{token}")) {
            // one of the client's own tokens (an anonymous client is sent away before it matters)
            String owner = client.username() == null ? "route-target" : client.username();
            path = path.replace("{token}", Long.toString(Fixtures.token(owner, "route check")));
        }
        if (route.method().equals("GET")) {
            return client.get(path);
        }
        Map<String, String> form = new HashMap<>();
        // the client's own password, for the routes that ask for it again (it "changes" to itself)
        route.form().forEach((k, v) -> form.put(k, resolve(v, ids, user, chain)
                .replace("{password}", client.username() + Fixtures.PASSWORD_SUFFIX)));
        if (route.file() != null) {
            return client.postMultipart(path, form, "report", "route.xml", route.file());
        }
        return route.method().equals("MULTIPART") ? client.postMultipart(path, form, "file", "", null)
                : client.post(path, form);
    }

    private static String resolve(String text, SessionIds ids, long user, Chain chain) {
        if (chain != null) {
            text = text.replace("{failure}", Long.toString(chain.failure()))
                    .replace("{analysis}", Long.toString(chain.analysis()))
                    .replace("{fix}", Long.toString(chain.fix()))
                    .replace("{audit}", Long.toString(chain.audit()))
                    .replace("{stability}", Long.toString(chain.stability()))
                    .replace("{category}", Long.toString(chain.category()));
            if (text.contains("{followup}")) {
                text = text.replace("{followup}", Long.toString(
                        dev.fivewhys.support.FollowUpFixtures.followUp(chain.analysis(), "Route follow-up", null, null)));
            }
        }
        return text.replace("{session}", Long.toString(ids.session()))
                .replace("{phase}", Long.toString(ids.phase()))
                .replace("{suite}", Long.toString(ids.suite()))
                .replace("{criterion}", Long.toString(ids.criterion()))
                .replace("{project}", Long.toString(Fixtures.project("routes").id))
                .replace("{test}", Long.toString(Fixtures.testCase("routes", "route test")))
                .replace("{user}", Long.toString(user))
                .replace("{n}", Integer.toString(++counter));
    }

    private static Route get(String path, Access access) {
        return new Route("GET", path, access, Map.of(), 200);
    }

    private static Route post(String path, Access access, Map<String, String> form) {
        return new Route("POST", path, access, form, 303);
    }
}
