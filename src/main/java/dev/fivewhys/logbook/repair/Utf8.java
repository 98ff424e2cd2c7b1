package dev.fivewhys.logbook.repair;

/** Just enough UTF-8 to rebuild characters from bytes, and to judge whether a result is believable. */
final class Utf8 {

    private Utf8() {
    }

    /** Bytes in the sequence a lead byte starts, or 0 if it cannot start a multi-byte sequence. */
    static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** Whether b may be the continuation byte at index (1..3) after lead: excludes overlong forms and surrogates. */
    static boolean continues(int lead, int index, int b) {
        int low = 0x80;
        int high = 0xBF;
        if (index == 1) {
            switch (lead) {
                case 0xE0 -> low = 0xA0;
                case 0xED -> high = 0x9F;
                case 0xF0 -> low = 0x90;
                case 0xF4 -> high = 0x8F;
                default -> {
                }
            }
        }
        return b >= low && b <= high;
    }

    static int decode(int[] bytes, int length) {
        int codePoint = bytes[0] & (0xFF >> (length + 1));
        for (int i = 1; i < length; i++) {
            codePoint = (codePoint << 6) | (bytes[i] & 0x3F);
        }
        return codePoint;
    }

    /** Characters a real text would contain: no controls, private use or unassigned code points. */
    static boolean plausible(int codePoint) {
        if ((codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)) {
            return false;
        }
        int type = Character.getType(codePoint);
        if (type == Character.UNASSIGNED) {
            // Java 17 knows Unicode 13; newer emoji are still emoji.
            return isPictograph(codePoint);
        }
        return type != Character.CONTROL && type != Character.PRIVATE_USE && type != Character.SURROGATE;
    }

    /**
     * Whether a repaired character is by itself good evidence of garbling. Symbols, punctuation,
     * emoji and Latin-1 letters ("Ã©" for é) are; other letters (CJK, Cyrillic...) can come out of
     * correct text by chance ("é »" reads as a CJK character), so they need company.
     */
    static boolean strongEvidence(int codePoint) {
        return (codePoint >= 0xA0 && codePoint <= 0xFF)
                || (codePoint >= 0x2000 && codePoint <= 0x2BFF)
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || isPictograph(codePoint);
    }

    /** How likely a guessed character is where a byte was lost: 2 for the usual emoji glue, 1 for emoji. */
    static int guessRank(int codePoint) {
        if (codePoint == 0xFE0F || codePoint == 0x200D) {
            return 2;
        }
        return isPictograph(codePoint) || (codePoint >= 0x2600 && codePoint <= 0x27BF) ? 1 : 0;
    }

    private static boolean isPictograph(int codePoint) {
        return codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
    }
}
