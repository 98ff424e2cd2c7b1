package dev.fivewhys.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Pages leave as the UTF-8 bytes {@link HtmlBytes} makes: every character arrives whole, outside the BMP too (a
 * surrogate pair split or counted as two would not), and the length sent is the bytes', not the characters'.
 */
@QuarkusTest
class HtmlBytesTest {

    /** Two-byte, three-byte and four-byte UTF-8, the last a surrogate pair in Java's String. */
    private static final String TITLE = "Zürich – 東京 \uD83D\uDD25 checkout";

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
        Fixtures.project("html-bytes");
    }

    @Test
    void aPageArrivesAsUtf8WithItsByteLength() {
        long session = Fixtures.session("html-bytes", TITLE).session();
        Response page = WebClient.loginAs("engineer").get("/sessions/" + session);
        assertEquals(200, page.statusCode());
        assertTrue(page.contentType().toLowerCase().replace(" ", "").startsWith("text/html;charset=utf-8"),
                page.contentType());
        byte[] body = page.asByteArray();
        String html = new String(body, StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>" + TITLE) || html.contains(TITLE + "</"), "the title, whole");
        assertTrue(body.length > html.length(), "more bytes than characters: the page was encoded, not truncated");
        String length = page.header("Content-Length");
        if (length != null) {
            assertEquals(body.length, Integer.parseInt(length));
        }
    }

    /** Not HTML, so not the filter's: the server encodes it, as before, and it must still arrive whole. */
    @Test
    void markdownArrivesWhole() {
        Response export = WebClient.loginAs("manager").get("/impact/report.md?project=html-bytes");
        assertEquals(200, export.statusCode());
        assertTrue(export.contentType().startsWith("text/markdown"), export.contentType());
        assertTrue(
                new String(export.asByteArray(), StandardCharsets.UTF_8).startsWith("# Business impact · Project html-bytes"));
    }
}
