package dev.fivewhys.logbook.parse;

import java.util.List;

import dev.fivewhys.logbook.repair.TextRepair;

/**
 * The text a log was parsed from.
 *
 * @param text after charset repair; line numbers in spans count its lines
 * @param fingerprint SHA-256 of the repaired, whitespace-normalized text, to spot a log imported twice
 */
public record LogSource(String text, TextRepair.Result repair, String fingerprint) {

    public List<String> lines() {
        return LogDocument.splitLines(text);
    }
}
