package dev.fivewhys.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownPlainTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Bench fix 99951|Bench fix 99951", "Restore the pool  |Restore the pool",
            "Raise the limit to 40%, then: retry (once)|Raise the limit to 40%, then: retry (once)",
            "Use  two   spaces|Use two spaces", "Fix *the* `pool`|Fix the pool", "1. First step|First step",
            "# Restore it|Restore it", "Escape \\*stars\\*|Escape *stars*", "Tom &amp; Jerry|Tom & Jerry",
            "See [the issue](https://example.com)|See the issue", "Café: réglé|Café: réglé" })
    void theWordsWithoutTheMarkup(String markdown, String plain) {
        assertEquals(plain, Markdown.toPlainText(markdown));
    }

    @Test
    void blankIsEmpty() {
        assertEquals("", Markdown.toPlainText(null));
        assertEquals("", Markdown.toPlainText("  "));
    }

    /** Only text that cannot hold markup skips the parser; anything else is parsed. */
    @ParameterizedTest
    @ValueSource(strings = { "Bench fix 99951", "Raise it to 40%, then retry (once) - or not?", "a = b + c",
            "Fix: see http://example.com/a", "It's \"done\"", "Café" })
    void plainTextSkipsTheParserWithTheSameWords(String text) {
        assertTrue(Markdown.isPlain(text), text);
        assertEquals(Markdown.parsedPlainText(text), Markdown.toPlainText(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1. list", "- item", "+ item", "    code", "# heading", "> quote", "a *b*", "a _b_",
            "a `b`", "a [b](c)", "a <b>", "a &amp; b", "a \\* b", "line\nbreak", "a ~b~", "a | b", "a ! [b]",
            "Title\n===", "a\tb", "a — b" })
    void markupIsParsed(String text) {
        assertFalse(Markdown.isPlain(text), text);
    }
}
