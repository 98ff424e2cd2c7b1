package dev.fivewhys.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @ParameterizedTest
    @ValueSource(strings = { "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "javascript:alert(1)",
            "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd" })
    void linksAndImagesToOtherSchemesLoseTheirAddress(String url) {
        String html = Markdown.toHtml("[click](" + url + ") ![img](" + url + ")");
        assertFalse(html.toLowerCase().contains(url.toLowerCase().substring(0, url.indexOf(':') + 1)), html);
        assertTrue(html.contains("href=\"\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://github.com/acme/app/issues/152", "http://example.com/a?b=c",
            "mailto:oncall@example.com", "/failures/12", "../sessions/3#timeline", "#why-2" })
    void webMailAndRelativeLinksStay(String url) {
        String html = Markdown.toHtml("[link](" + url + ")");
        assertTrue(html.contains("href=\"" + url.replace("&", "&amp;") + "\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>" })
    void rawHtmlIsShownAsText(String text) {
        assertFalse(Markdown.toHtml(text).contains("<" + text.substring(1, 4)), Markdown.toHtml(text));
    }
}
