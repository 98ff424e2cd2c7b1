package dev.fivewhys.logbook.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the characters at one position of a line as the bytes of one UTF-8 character, the way a
 * code page garbled it. Where a byte was lost (dropped, or shown as U+FFFD because the code page
 * leaves it undefined) it tries each byte that could have been there.
 */
final class GarbledSequence {

    /** One reading: the character, how many chars of the line it used, whether a byte was guessed. */
    record Reading(int codePoint, int consumedChars, boolean guessed) {
    }

    /** A guess needs this many real bytes, so a lone "Ã" is never turned into a letter. */
    private static final int MIN_KNOWN_BYTES_FOR_GUESS = 2;

    private final String line;
    private final int start;
    private final CodePage page;
    private final int[] bytes = new int[4];
    private final List<Reading> readings = new ArrayList<>();
    private int length;

    private GarbledSequence(String line, int start, CodePage page) {
        this.line = line;
        this.start = start;
        this.page = page;
    }

    /** Every way the chars at start can be one UTF-8 character; empty if none. */
    static List<Reading> readingsAt(String line, int start, CodePage page) {
        GarbledSequence sequence = new GarbledSequence(line, start, page);
        int lead = page.byteOf(line.charAt(start));
        sequence.length = lead < 0 ? 0 : Utf8.sequenceLength(lead);
        if (sequence.length == 0) {
            return List.of();
        }
        sequence.bytes[0] = lead;
        sequence.collect(start + 1, 1, 0, 1);
        return sequence.readings;
    }

    private void collect(int position, int filled, int guesses, int known) {
        if (filled == length) {
            if (guesses == 0 || known >= MIN_KNOWN_BYTES_FOR_GUESS) {
                readings.add(new Reading(Utf8.decode(bytes, length), position - start, guesses > 0));
            }
            return;
        }
        if (position < line.length()) {
            char c = line.charAt(position);
            int b = page.byteOf(c);
            if (b >= 0 && Utf8.continues(bytes[0], filled, b)) {
                bytes[filled] = b;
                collect(position + 1, filled + 1, guesses, known + 1);
            } else if (page.isLostByte(c) && guesses == 0) {
                tryLostBytes(position + 1, filled, known);
            }
        }
        if (guesses == 0) {
            // the byte may have been dropped altogether
            tryLostBytes(position, filled, known);
        }
    }

    private void tryLostBytes(int nextPosition, int filled, int known) {
        for (int candidate : page.undefinedBytes()) {
            if (Utf8.continues(bytes[0], filled, candidate)) {
                bytes[filled] = candidate;
                collect(nextPosition, filled + 1, 1, known);
            }
        }
    }
}
