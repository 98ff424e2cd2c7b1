package dev.fivewhys.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Fixtures.SessionIds;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every state-changing request of a logged-in browser needs its login's CSRF token, whatever its body: another site's
 * page can make the browser post a form, a bodyless POST or a text/plain body, but cannot read the token.
 */
@QuarkusTest
class CsrfTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        Fixtures.user("csrf-target", Role.MANAGER);
    }

    @Test
    void formPostWithoutTheTokenIsRefusedAndChangesNothing() {
        long project = Fixtures.project("csrf").id;
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/new");
        var response = engineer.postWithoutCsrf("/sessions",
                Map.of("projectId", project, "title", "Forged session", "status", "RUNNING"));
        assertEquals(403, response.statusCode());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> TestSession.count("title", "Forged session")));
    }

    @Test
    void formPostWithAWrongTokenIsRefused() {
        long project = Fixtures.project("csrf").id;
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/new");
        var response = engineer.postWithoutCsrf("/sessions", Map.of("csrf-token", "forged-token-value",
                "projectId", project, "title", "Forged session 2", "status", "RUNNING"));
        assertEquals(403, response.statusCode());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> TestSession.count("title", "Forged session 2")));
    }

    @Test
    void bodylessPostsAreRefusedAndChangeNothing() {
        WebClient admin = WebClient.loginAs("admin");
        admin.post("/profile/tokens", Map.of("name", "csrf check")).then().statusCode(200);
        long token = Fixtures.tokenIdOf("admin", "csrf check");
        long user = Fixtures.userId("csrf-target");
        SessionIds plan = Fixtures.session("csrf", "Bodyless");
        long analysis = AnalysisFixtures.chain("csrf").analysis();
        List<String> paths = List.of("/admin/users/" + user + "/active", "/admin/users/" + user + "/role",
                "/admin/users/" + user + "/password", "/profile/tokens/" + token + "/revoke",
                "/sessions/" + plan.session() + "/plan/suites/" + plan.suite() + "/delete",
                "/sessions/" + plan.session() + "/plan/phases/" + plan.phase() + "/delete",
                "/sessions/" + plan.session() + "/plan/criteria/" + plan.criterion() + "/delete",
                "/github/sync/jobs/1/retry", "/github/sync/jobs/1/cancel", "/analyses/" + analysis + "/reopen",
                "/logout");
        for (String path : paths) {
            assertEquals(403, admin.postWithoutBody(path, Map.of()).statusCode(), path);
        }
        assertEquals(1, Uploads.number("select count(*) from app_user where id = ?1 and active and role = 'manager'",
                user));
        assertEquals(1, Uploads.number("select count(*) from api_token where id = ?1 and revoked_at is null", token));
        assertEquals(1, Uploads.number("select count(*) from phase_suite where id = ?1", plan.suite()));
        assertEquals(1, Uploads.number("select count(*) from session_phase where id = ?1", plan.phase()));
        assertEquals(1, Uploads.number("select count(*) from success_criterion where id = ?1", plan.criterion()));
        assertEquals(1, Uploads.number("select count(*) from analysis where id = ?1 and status = 'COMPLETE'", analysis));
        admin.get("/sessions").then().statusCode(200);
    }

    @Test
    void aTokenInABodyThatIsNotAFormIsNotTaken() {
        WebClient admin = WebClient.loginAs("admin");
        long user = Fixtures.userId("csrf-target");
        // what a cross-site <form enctype="text/plain"> sends: refused as a form with no token (403), or as a body
        // the address does not take (415)
        for (String path : List.of("/admin/users/" + user + "/active", "/logout")) {
            Response response = io.restassured.RestAssured.given().redirects().follow(false)
                    .cookie(WebClient.LOGIN_COOKIE, admin.loginCookie()).contentType("text/plain")
                    .body("active=false&csrf-token=" + admin.csrfToken()).post(path);
            assertTrue(response.statusCode() == 403 || response.statusCode() == 415, path + ": " + response.statusCode());
        }
        assertEquals(1, Uploads.number("select count(*) from app_user where id = ?1 and active", user));
        admin.get("/sessions").then().statusCode(200);
    }

    @Test
    void anotherLoginsTokenOrAnotherSitesPageIsRefused() {
        long user = Fixtures.userId("csrf-target");
        WebClient admin = WebClient.loginAs("admin");
        WebClient otherAdmin = WebClient.loginAs("admin");
        Response borrowed = admin.postWithoutCsrf("/admin/users/" + user + "/active",
                Map.of("active", "false", "csrf-token", otherAdmin.csrfToken()));
        assertEquals(403, borrowed.statusCode(), "a token belongs to one login");
        Response crossSite = admin.postWithoutBody("/admin/users/" + user + "/role?role=engineer",
                Map.of("X-CSRF-Token", admin.csrfToken(), "Origin", "https://evil.example"));
        assertEquals(403, crossSite.statusCode(), "the right token, sent from another site's page");
        assertEquals(1, Uploads.number("select count(*) from app_user where id = ?1 and active and role = 'manager'",
                user));
    }

    @Test
    void aScriptMaySendTheTokenInAHeaderAndABodylessPostIsAnsweredNotFailed() {
        WebClient engineer = WebClient.loginAs("engineer");
        long analysis = AnalysisFixtures.chain("csrf").analysis();
        Response reopened = engineer.postWithoutBody("/analyses/" + analysis + "/reopen",
                Map.of("X-CSRF-Token", engineer.csrfToken()));
        assertEquals(303, reopened.statusCode(), reopened.asString());
        assertEquals(1, Uploads.number("select count(*) from analysis where id = ?1 and status = 'DRAFT'", analysis));

        WebClient admin = WebClient.loginAs("admin");
        long user = Fixtures.userId("csrf-target");
        for (String field : List.of("role", "active", "password")) {
            Response response = admin.postWithoutBody("/admin/users/" + user + "/" + field,
                    Map.of("X-CSRF-Token", admin.csrfToken()));
            assertNotEquals(500, response.statusCode(), field);
            assertEquals(400, response.statusCode(), field + ": " + response.asString());
            assertTrue(response.asString().contains("class=\"alert\""), "says what is missing");
        }
    }
}
