package dev.fivewhys.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CsrfTest {

    @BeforeAll
    static void users() {
        Fixtures.user("engineer", Role.ENGINEER);
    }

    @Test
    void formPostWithoutTheTokenIsRefusedAndChangesNothing() {
        long project = Fixtures.project("csrf").id;
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/new");
        var response = engineer.postWithoutCsrf("/sessions",
                Map.of("projectId", project, "title", "Forged session", "status", "RUNNING"));
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "refused with " + response.statusCode());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> TestSession.count("title", "Forged session")));
    }

    @Test
    void formPostWithAWrongTokenIsRefused() {
        long project = Fixtures.project("csrf").id;
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.get("/sessions/new");
        var response = engineer.postWithoutCsrf("/sessions", Map.of("csrf-token", "forged-token-value",
                "projectId", project, "title", "Forged session 2", "status", "RUNNING"));
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "refused with " + response.statusCode());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> TestSession.count("title", "Forged session 2")));
    }
}
