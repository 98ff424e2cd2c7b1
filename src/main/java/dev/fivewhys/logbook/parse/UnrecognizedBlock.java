package dev.fivewhys.logbook.parse;

import java.util.List;

/**
 * Consecutive lines the import did not turn into any value, kept verbatim so nothing is lost.
 *
 * @param section the heading the block sits under, or null before the first heading
 * @param text the lines exactly as in the (repaired) log, joined with "\n"
 */
public record UnrecognizedBlock(String section, String text, SourceSpan source) {

    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }
}
