package dev.fivewhys.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every answer tells the browser to run no inline script, to let no site frame it and not to guess content types. */
@QuarkusTest
class SecurityHeadersTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void pagesApiStaticFilesRedirectsAndErrorsAllCarryTheHeaders() {
        WebClient admin = WebClient.loginAs("admin");
        List<Response> answers = List.of(admin.get("/admin/users"), admin.get("/impact"), admin.get("/no-such-page"),
                given().redirects().follow(false).get("/login"), given().redirects().follow(false).get("/sessions"),
                given().get("/static/app.css"), given().get("/api/projects"), admin.post("/logout", java.util.Map.of()));
        for (Response answer : answers) {
            String csp = answer.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'"),
                    answer.statusCode() + ": " + csp);
            assertEquals("DENY", answer.header("X-Frame-Options"));
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            assertEquals("same-origin", answer.header("Referrer-Policy"));
            assertNull(answer.header("Strict-Transport-Security"), "plain HTTP: HSTS would mean nothing");
        }
    }

    /** The policy allows no inline script, so the templates must have none: handlers live in static/*.js. */
    @Test
    void noTemplateHasInlineScriptOrStyle() throws IOException, URISyntaxException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)|\\son[a-z]+\\s*=|javascript:|<style|\\sstyle\\s*=",
                Pattern.CASE_INSENSITIVE);
        Path templates = Path.of(getClass().getResource("/templates").toURI());
        try (Stream<Path> files = Files.walk(templates)) {
            List<String> offenders = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return inline.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> templates.relativize(f).toString()).toList();
            assertEquals(List.of(), offenders);
        }
    }
}
