package dev.fivewhys.logbook.repair;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * A single-byte character set that UTF-8 text may have been wrongly decoded with. Each
 * character of garbled text stands for exactly one byte of the original UTF-8, so mapping the
 * characters back to bytes recovers it.
 */
final class CodePage {

    static final CodePage WINDOWS_1252 = load("windows-1252", Map.of());

    /** Older Mac Roman tables spell a few characters differently; accept both spellings. */
    static final CodePage MAC_ROMAN = load("x-MacRoman",
            Map.of('\u00A4', 0xDB, '\u2126', 0xBD, '\u0394', 0xC6, '\u03BC', 0xB5));

    private final String name;
    private final Map<Character, Integer> byteOfChar;
    private final int[] undefinedBytes;

    private CodePage(String name, Map<Character, Integer> byteOfChar, int[] undefinedBytes) {
        this.name = name;
        this.byteOfChar = byteOfChar;
        this.undefinedBytes = undefinedBytes;
    }

    /** Builds the reverse table from the JDK's own decoder, so it matches how the garbling happened. */
    private static CodePage load(String charsetName, Map<Character, Integer> aliases) {
        Charset charset = Charset.forName(charsetName);
        Map<Character, Integer> table = new HashMap<>(aliases);
        StringBuilder undefined = new StringBuilder();
        for (int b = 0x80; b <= 0xFF; b++) {
            String decoded = new String(new byte[] { (byte) b }, charset);
            char c = decoded.charAt(0);
            if (decoded.length() == 1 && c != '\uFFFD') {
                table.put(c, b);
            } else {
                undefined.append((char) b);
            }
        }
        return new CodePage(charset.name(), Map.copyOf(table), undefined.chars().toArray());
    }

    String name() {
        return name;
    }

    /**
     * The byte a character stands for, or -1. ASCII never belongs to a garbled sequence. A C1
     * control character in place of an undefined byte (some tools keep the byte as U+0081 etc.)
     * stands for that byte.
     */
    int byteOf(char c) {
        if (c < 0x80) {
            return -1;
        }
        Integer b = byteOfChar.get(c);
        if (b != null) {
            return b;
        }
        for (int undefined : undefinedBytes) {
            if (c == undefined) {
                return undefined;
            }
        }
        return -1;
    }

    /** A replacement character where a byte was: it was one of the undefined bytes, we don't know which. */
    boolean isLostByte(char c) {
        return c == '\uFFFD' && undefinedBytes.length > 0;
    }

    /** Bytes a decoder could not show: they may have been dropped from garbled text. */
    int[] undefinedBytes() {
        return undefinedBytes.clone();
    }
}
