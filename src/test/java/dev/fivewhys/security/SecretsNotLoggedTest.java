package dev.fivewhys.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Everything the app logs while people log in, guess, get locked out, change passwords, make API tokens and see
 * flash messages, read for the secrets involved: none may be there. What is logged is who and from where.
 */
@QuarkusTest
class SecretsNotLoggedTest {

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(' ').append(trace);
            }
            synchronized (logged) {
                logged.add(text.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void users() {
        Fixtures.user("watched", Role.ENGINEER);
        Fixtures.user("guessed", Role.ENGINEER);
    }

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void loginsLockoutsPasswordsTokensAndFlashesLogNoSecret() {
        List<String> secrets = new ArrayList<>(List.of("watched-password", "guessed-password", "wrong-guess-"));
        WebClient watched = WebClient.loginAs("watched");
        secrets.add(watched.loginCookie());
        secrets.add(watched.csrfToken());
        String page = watched.post("/profile/tokens", Map.of("name", "log check")).asString();
        Matcher token = Pattern.compile("fw_[A-Za-z0-9_-]{20,}").matcher(page);
        assertTrue(token.find());
        secrets.add(token.group());
        watched.post("/profile/tokens/" + Fixtures.tokenIdOf("watched", "log check") + "/revoke", Map.of());
        watched.get("/profile");
        watched.post("/profile/password", Map.of("currentPassword", "watched-password", "newPassword",
                "changed-secret-words", "repeatPassword", "changed-secret-words")).then().statusCode(303);
        secrets.add("changed-secret-words");
        for (int i = 0; i < 6; i++) {
            given().formParam("username", "guessed").formParam("password", "wrong-guess-" + i).post("/login");
            given().auth().preemptive().basic("guessed", "wrong-guess-" + i).get("/api/projects");
        }
        byte[] key = QuarkusTransaction.requiringNew().call(() -> (byte[]) Panache.getEntityManager()
                .createNativeQuery("select secret from app_key where name = 'flash-signing'").getSingleResult());
        secrets.add(HexFormat.of().formatHex(key));
        secrets.add(Base64.getEncoder().withoutPadding().encodeToString(key));
        secrets.add(Base64.getUrlEncoder().withoutPadding().encodeToString(key));

        List<String> log;
        synchronized (logged) {
            log = List.copyOf(logged);
        }
        assertTrue(log.stream().anyMatch(line -> line.contains("logged in") && line.contains("watched")), log.toString());
        assertTrue(log.stream().anyMatch(line -> line.contains("user:guessed") && line.contains("refused")),
                "the lockout is logged: " + log);
        for (String secret : secrets) {
            assertEquals(List.of(), log.stream().filter(line -> line.contains(secret)).toList(), "logged: " + secret);
        }
        assertTrue(Uploads.number("select count(*) from login_failure where subject = 'user:guessed'") == 1);
    }
}
