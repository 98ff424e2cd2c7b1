package dev.fivewhys.web;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * Renders user markdown for the pages: raw HTML in the input is escaped, and links and images keep only http(s),
 * mailto and relative URLs (javascript:, data: and the like become empty).
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            // commonmark's default list also keeps data: URLs, which can carry a whole page or script
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** In templates: {@code {entry.body.markdown}}. */
    @TemplateExtension
    static RawString markdown(String markdown) {
        return new RawString(toHtml(markdown));
    }
}
