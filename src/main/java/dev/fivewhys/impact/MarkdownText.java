package dev.fivewhys.impact;

import java.util.regex.Pattern;

import io.quarkus.qute.TemplateExtension;

/**
 * Text put into the markdown export: plain text escaped so it reads as written (on one line, so it also fits a table
 * cell), and markdown written by people (conditions) kept inside its list item.
 */
public final class MarkdownText {

    /** Characters that can start markdown syntax anywhere in a line, or raw HTML. */
    private static final Pattern SYNTAX = Pattern.compile("([\\\\`*_\\[\\]<>#|!~])");

    private MarkdownText() {
    }

    /** Plain text, on one line, that no markdown reader takes for syntax: {@code {failure.title.mdText}}. */
    @TemplateExtension
    public static String mdText(String text) {
        return text == null ? "" : SYNTAX.matcher(oneLine(text)).replaceAll("\\\\$1");
    }

    /**
     * Markdown as written, continued inside a list item whose text starts {@code indent} columns in:
     * {@code {item.detail.mdItem(3)}} for "1. ", 4 for " - ".
     */
    @TemplateExtension
    public static String mdItem(String markdown, int indent) {
        return markdown == null ? "" : markdown.strip().replaceAll("\\R", "\n" + " ".repeat(indent));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
