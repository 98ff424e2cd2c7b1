package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a report the app computes from its records (the session's go/no-go, its results, its failures), fenced by
 * two HTML comments that markdown readers do not show. Reading a log, they are read as blank lines: the records they
 * were computed from come back from the rest of the text, and the app computes them again; the lines keep their numbers,
 * so what the preview shows of the text still points at the right place.
 */
public final class ComputedParts {

    public static final String START = "<!-- five-whys: computed from the records; an import recomputes it -->";
    public static final String END = "<!-- five-whys: end of computed part -->";

    private ComputedParts() {
    }

    /** The text with each computed part's lines, markers included, made blank. */
    public static String blanked(String text) {
        List<String> lines = LogDocument.splitLines(text);
        List<String> out = new ArrayList<>(lines.size());
        boolean inside = false;
        for (String line : lines) {
            if (line.strip().equals(START)) {
                inside = true;
            }
            out.add(inside ? "" : line);
            if (line.strip().equals(END)) {
                inside = false;
            }
        }
        return String.join("\n", out) + (text.endsWith("\n") ? "\n" : "");
    }
}
