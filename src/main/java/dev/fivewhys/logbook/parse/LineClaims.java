package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which lines the readers turned into values. Whatever no reader claims ends up, verbatim, in an
 * unrecognized block: that is how the import guarantees no text is lost.
 */
final class LineClaims {

    private final LogDocument document;
    private final boolean[] claimed;
    private final List<RecognizedItem> items = new ArrayList<>();

    LineClaims(LogDocument document) {
        this.document = document;
        this.claimed = new boolean[document.lineCount() + 1];
    }

    /** Records a recognized value and marks its lines as taken. */
    void claim(String field, String value, SourceSpan span) {
        items.add(new RecognizedItem(field, value, span, true));
        for (int n = span.firstLine(); n <= span.lastLine(); n++) {
            claimed[n] = true;
        }
    }

    /**
     * Records a value found inside a line without taking the line: a URL in a sentence nobody
     * parsed still leaves the sentence in the unrecognized text.
     */
    void mention(String field, String value, SourceSpan span) {
        items.add(new RecognizedItem(field, value, span, false));
    }

    /**
     * A heading with nothing under it but sub-sections ("## TEST SELECTION STRATEGY") is recognized
     * as structure when something inside it was recognized.
     */
    void claimContainerHeadings() {
        List<LogDocument.Heading> deepestFirst = new ArrayList<>(document.headings());
        deepestFirst.sort(Comparator.comparingInt(LogDocument.Heading::level).reversed());
        for (LogDocument.Heading heading : deepestFirst) {
            if (claimed[heading.line()] || document.trimmed(heading.line() + 1, heading.ownEnd()) != null) {
                continue;
            }
            for (int n = heading.ownEnd() + 1; n <= heading.end(); n++) {
                if (claimed[n]) {
                    claim("section", heading.text(), SourceSpan.line(heading.line()));
                    break;
                }
            }
        }
    }

    ImportPreview preview() {
        List<OutlineItem> outline = new ArrayList<>();
        for (LogDocument.Heading heading : document.headings()) {
            outline.add(new OutlineItem(OutlineItem.Kind.HEADING, heading.level(), heading.text(), heading.line()));
        }
        for (int rule : document.rules()) {
            outline.add(new OutlineItem(OutlineItem.Kind.RULE, 0, document.line(rule).strip(), rule));
        }
        outline.sort(Comparator.comparingInt(OutlineItem::line));
        List<RecognizedItem> recognized = new ArrayList<>(items);
        recognized.sort(Comparator.comparingInt((RecognizedItem item) -> item.source().firstLine()));
        return new ImportPreview(outline, recognized, unrecognizedBlocks());
    }

    /** Runs of unclaimed lines, split by claimed ones, without blank lines at their ends. */
    private List<UnrecognizedBlock> unrecognizedBlocks() {
        List<UnrecognizedBlock> blocks = new ArrayList<>();
        int start = 0;
        for (int n = 1; n <= document.lineCount() + 1; n++) {
            boolean open = n <= document.lineCount() && !claimed[n];
            if (open && start == 0) {
                start = n;
            } else if (!open && start != 0) {
                SourceSpan span = document.trimmed(start, n - 1);
                if (span != null) {
                    String section = document.enclosing(span.firstLine()).map(LogDocument.Heading::text).orElse(null);
                    blocks.add(new UnrecognizedBlock(section, document.text(start, n - 1), span));
                }
                start = 0;
            }
        }
        return blocks;
    }
}
