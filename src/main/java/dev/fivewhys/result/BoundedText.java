package dev.fivewhys.result;

/**
 * Collects at most {@code limit} characters of an element's text and counts nothing beyond, so a
 * 100 MB system-out costs the same memory as a short one.
 */
final class BoundedText {

    static final String CUT_MARK = "…";

    private final StringBuilder kept = new StringBuilder();
    private final int limit;
    private boolean cut;

    BoundedText(int limit) {
        this.limit = limit;
    }

    void append(char[] chars, int start, int length) {
        int from = start;
        int end = start + length;
        if (kept.length() == 0) {
            // leading indentation and blank lines before a CDATA trace carry nothing
            while (from < end && Character.isWhitespace(chars[from])) {
                from++;
            }
        }
        int room = limit - kept.length();
        int take = Math.min(room, end - from);
        if (take > 0) {
            if (kept.length() == 0) {
                // the whole text mostly comes at once: one allocation instead of a doubling per 16 characters
                kept.ensureCapacity(take);
            }
            kept.append(chars, from, take);
        }
        if (end - from > take) {
            cut = true;
        }
    }

    void append(String text) {
        append(text.toCharArray(), 0, text.length());
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** The kept text without trailing whitespace, marked when cut short; null when blank. */
    String excerpt() {
        String text = kept.toString().stripTrailing();
        if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            return null;
        }
        return cut ? text + CUT_MARK : text;
    }

    /** The first line that has something on it, trimmed; null when there is none. */
    String firstNonBlankLine() {
        String text = excerpt();
        if (text == null) {
            return null;
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(null);
    }
}
