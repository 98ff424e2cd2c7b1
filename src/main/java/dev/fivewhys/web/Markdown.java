package dev.fivewhys.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
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

    /**
     * Rendered texts, by kind and text: a session page renders its mission, every log entry and its go/no-go's
     * conditions and facts on every view (9% of its CPU), and they seldom change. Bounded: only short texts, and the
     * whole cache is dropped when full (a few hundred kilobytes at most).
     */
    private static final int CACHED_TEXTS = 512;
    private static final int CACHED_LENGTH = 2_000;
    private static final Map<String, String> BLOCKS = new ConcurrentHashMap<>();
    private static final Map<String, String> INLINES = new ConcurrentHashMap<>();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return cached(BLOCKS, markdown, text -> RENDERER.render(PARSER.parse(text)));
    }

    private static String cached(Map<String, String> cache, String markdown, UnaryOperator<String> render) {
        if (markdown.length() > CACHED_LENGTH) {
            return render.apply(markdown);
        }
        String html = cache.get(markdown);
        if (html == null) {
            html = render.apply(markdown);
            if (cache.size() >= CACHED_TEXTS) {
                cache.clear();
            }
            cache.put(markdown, html);
        }
        return html;
    }

    /**
     * Markdown that stands in a line of its own, such as a condition in a list: one paragraph is rendered without
     * its {@code
     *
    <p>
     * }, anything longer as blocks.
     */
    public static String toInlineHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return cached(INLINES, markdown, Markdown::renderInline);
    }

    private static String renderInline(String markdown) {
        Node document = PARSER.parse(markdown);
        Node only = document.getFirstChild();
        if (!(only instanceof Paragraph) || only.getNext() != null) {
            return RENDERER.render(document);
        }
        StringBuilder html = new StringBuilder();
        for (Node inline = only.getFirstChild(); inline != null; inline = inline.getNext()) {
            html.append(RENDERER.render(inline));
        }
        return html.toString();
    }

    /** The words of markdown without its markup, on one line: for a title or a link's text. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (isPlain(markdown)) {
            // one line of words: a paragraph of a single text, as parsing would give (most summaries, every bench one)
            String text = markdown.strip();
            return text.contains("  ") ? text.replaceAll(" +", " ") : text;
        }
        return parsedPlainText(markdown);
    }

    /** Punctuation that means nothing to markdown within a line that starts with a letter (no autolinks here). */
    private static final String PLAIN_PUNCTUATION = " ,.:;?()/'\"%$@=+-";

    /**
     * One line that starts with a letter (so no list, heading, quote or code block) of letters, digits, spaces and
     * {@link #PLAIN_PUNCTUATION} only: no emphasis, code, link, entity, escape, HTML or table can start in it.
     */
    static boolean isPlain(String markdown) {
        if (!Character.isLetter(markdown.charAt(0))) {
            return false;
        }
        for (int i = 1; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (!Character.isLetterOrDigit(c) && PLAIN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #toPlainText} by parsing, whatever the text. */
    static String parsedPlainText(String markdown) {
        StringBuilder text = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(Paragraph node) {
                text.append(' ');
                visitChildren(node);
            }
        });
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    /** In templates: {@code <a href="…">{fix.summary.markdownPlain}</a>}. */
    @TemplateExtension
    static String markdownPlain(String markdown) {
        return toPlainText(markdown);
    }

    /** In templates: {@code {condition.markdownInline}}. */
    @TemplateExtension
    static RawString markdownInline(String markdown) {
        return new RawString(toInlineHtml(markdown));
    }

    /** In templates: {@code {entry.body.markdown}}. */
    @TemplateExtension
    static RawString markdown(String markdown) {
        return new RawString(toHtml(markdown));
    }
}
