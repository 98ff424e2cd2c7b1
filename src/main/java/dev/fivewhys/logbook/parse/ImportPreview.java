package dev.fivewhys.logbook.parse;

import java.util.List;

/**
 * What an import would take from a log and what it would leave as plain text. Every non-blank line
 * of the log is either inside the span of a recognized item that covers its lines, or inside an
 * unrecognized block, never both.
 */
public record ImportPreview(List<OutlineItem> outline, List<RecognizedItem> recognized,
        List<UnrecognizedBlock> unrecognized) {

    public ImportPreview {
        outline = List.copyOf(outline);
        recognized = List.copyOf(recognized);
        unrecognized = List.copyOf(unrecognized);
    }

    /** Whether a recognized value stands for this whole line. */
    public boolean isRecognized(int line) {
        return recognized.stream().anyMatch(item -> item.coversLines() && item.source().contains(line));
    }

    /** The unrecognized text, blocks separated by a blank line. */
    public String unrecognizedText() {
        return String.join("\n\n", unrecognized.stream().map(UnrecognizedBlock::text).toList());
    }
}
