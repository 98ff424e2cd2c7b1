package dev.fivewhys.failure;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Masks the parts of a failure message that change from run to run (ids, times, addresses, temporary
 * paths, big numbers) so that the same failure reads the same every time. Short numbers are kept on
 * purpose: WebSocket close code 1011 vs 1006, HTTP 403 vs 500, errno 111, well-known ports like 5432
 * are what tells one failure from another. Ephemeral ports (five digits) fall under "big numbers".
 */
final class MessageMask {

    /** Longer messages are usually dumps (diffs, HTML); their first part identifies them well enough. */
    static final int MAX_LENGTH = 500;
    /** Masks can lengthen text ("1s" becomes "<duration>"), so more than MAX_LENGTH is scanned. */
    private static final int SCANNED_LENGTH = 4 * MAX_LENGTH;

    /**
     * @param mayMatch a cheap test the text must pass for the pattern to match anywhere in it (a character or run of
     *        characters every match contains): an upload computes a signature per failing case, and running the
     *        fifteen patterns over every message was a third of its parsing thread's time, though most of them match
     *        nothing in a given message. Looser than the pattern is fine; stricter would change signatures.
     */
    private record Mask(Pattern pattern, String replacement, Predicate<String> mayMatch) {
        Mask(String regex, String replacement, Predicate<String> mayMatch) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement, mayMatch);
        }

        String apply(String text, boolean everyMask) {
            if (!everyMask && !mayMatch.test(text)) {
                return text;
            }
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
    private static final String PATH_END = "[^\\s'\"`)\\]>,;:]*";

    // Order matters: temp paths first (they swallow whatever ids they hold), whole timestamps before
    // their dates and times, UUIDs before hex, everything before the catch-all for big numbers.
    private static final List<Mask> MASKS = List.of(
            new Mask("(?:/private)?/var/folders/" + PATH_END
                    + "|(?<![\\w.])/(?:var/)?tmp/" + PATH_END
                    + "|[a-z]:\\\\users\\\\[^\\\\\\s]+\\\\appdata\\\\local\\\\temp\\\\" + PATH_END
                    + "|[a-z]:\\\\windows\\\\temp\\\\" + PATH_END, "<tmp>",
                    text -> containsIgnoringCase(text, "/tmp/") || containsIgnoringCase(text, "/var/folders/")
                            || containsIgnoringCase(text, "\\temp\\")),
            new Mask("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b", "<uuid>",
                    text -> has(text, '-') && hasRun(text, 8, MessageMask::isHexDigit)),
            new Mask(
                    "\\b\\d{4}-\\d{2}-\\d{2}[t ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s?(?:z|utc|gmt|[+-]\\d{2}:?\\d{2}))?\\b",
                    "<timestamp>", text -> has(text, '-') && has(text, ':')),
            new Mask(
                    "\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? \\d{1,2} " + MONTH
                            + " \\d{4}(?: \\d{2}:\\d{2}:\\d{2})?(?: gmt| utc)?",
                    "<timestamp>", text -> hasFourDigitsAround(text, ' ', ' ')),
            new Mask("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{1,2} " + MONTH + " \\d{4}\\b",
                    "<date>", text -> hasDigitBefore(text, '/') || hasFourDigitsAround(text, '-', ' ')),
            new Mask("(?<![\\w.:/-])\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?(?:\\s?[ap]m)?(?![\\w:])", "<time>",
                    text -> has(text, ':')),
            new Mask("\\b0x[0-9a-f]{4,}\\b", "<addr>", text -> containsIgnoringCase(text, "0x")),
            new Mask("(?<=[\\w$])@[0-9a-f]{4,}\\b", "@<addr>", text -> has(text, '@')),
            new Mask("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b", "<ip>", text -> has(text, '.')),
            // a quoted generated id ('req_8f3kz92a1') has digits spread through it and no real word in it;
            // 'test_websocket_1011_error' has words, so it is kept
            new Mask("(['\"])(?=[\\w-]*\\d[\\w-]*\\d)(?=[\\w-]*[a-z])(?![\\w-]*[a-z]{5})[\\w-]{8,}\\1", "$1<id>$1",
                    text -> has(text, '\'') || has(text, '"')),
            // the same id unquoted, after a short prefix (req_8f3kz92a1, sess-a81k2m9q): kept are words and codes
            new Mask("(?<![\\w-])([a-z]{1,12}[_-])(?=[a-z0-9]*\\d[a-z0-9]*\\d)(?=[a-z0-9]*[a-z][a-z0-9]*[a-z])"
                    + "(?![a-z0-9]*[a-z]{5})[a-z0-9]{7,}(?![\\w-])", "$1<id>",
                    text -> has(text, '_') || has(text, '-')),
            // git SHAs, request ids, hashes: letters and digits mixed; "_" counts as a separator
            new Mask("(?<![0-9a-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\\d)[0-9a-f]{7,}(?![0-9a-z])", "<hex>",
                    text -> hasRun(text, 7, MessageMask::isHexDigit)),
            new Mask("\\b\\d+(?:[.,]\\d+)?\\s?(?:ms|millis|milliseconds?|µs|us|ns|s|secs?|seconds?|mins?|minutes?|h|hours?)\\b",
                    "<duration>", MessageMask::hasDigitBeforeUnit),
            new Mask("(?<!\\d)\\d{5,}(?!\\d)", "<n>", text -> hasRun(text, 5, MessageMask::isDigit)),
            // a single space for a single space changes nothing
            new Mask("\\s+", " ", MessageMask::hasOtherWhitespaceThanSingleSpaces));

    private MessageMask() {
    }

    static String normalize(String message) {
        return normalize(message, false);
    }

    /** As {@link #normalize}, running every pattern whatever the text: what normalize must always equal. */
    static String normalizeWithEveryMask(String message) {
        return normalize(message, true);
    }

    private static String normalize(String message, boolean everyMask) {
        if (message == null) {
            return "";
        }
        // masking looks only at the start: it bounds the regex work, and the end is cut off anyway
        String text = message.length() > SCANNED_LENGTH ? message.substring(0, SCANNED_LENGTH) : message;
        for (Mask mask : MASKS) {
            text = mask.apply(text, everyMask);
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).stripTrailing();
        }
        return text;
    }

    private static boolean has(String text, char c) {
        return text.indexOf(c) >= 0;
    }

    /**
     * Ignoring case as String does, which is looser than the patterns' ASCII-only CASE_INSENSITIVE: safe here. The part
     * starts with a character that has no case ('/', '\\', '0'), so only where that character is need be compared.
     */
    private static boolean containsIgnoringCase(String text, String part) {
        for (int i = text.indexOf(part.charAt(0)); i >= 0; i = text.indexOf(part.charAt(0), i + 1)) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a digit is followed by what may start a unit of {@code \d+(?:[.,]\d+)?\s?(?:ms|...|h|hours?)}, right
     * after it or after one whitespace character: every duration's last digit is.
     */
    private static boolean hasDigitBeforeUnit(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (isDigit(text.charAt(i)) && (isUnitStart(text.charAt(i + 1))
                    || isWhitespace(text.charAt(i + 1)) && i + 2 < text.length() && isUnitStart(text.charAt(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnitStart(char c) {
        return switch (c) {
            case 'm', 's', 'u', 'n', 'h', 'M', 'S', 'U', 'N', 'H', 'µ' -> true;
            default -> false;
        };
    }

    /**
     * Whether four digits come right before {@code after} (a year in {@code \\d{4}-\\d{2}-\\d{2}}) or right after
     * {@code before} (one in {@code \\d{1,2} MONTH \\d{4}}); ' ' for before finds a day before a month too.
     */
    private static boolean hasFourDigitsAround(String text, char after, char before) {
        for (int i = 0; i + 4 < text.length(); i++) {
            if (isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
                    && (text.charAt(i) == before && isDigit(text.charAt(i + 4))
                            || isDigit(text.charAt(i)) && text.charAt(i + 4) == after)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit comes right before this character: {@code \d{1,2}/} in a date. */
    private static boolean hasDigitBefore(String text, char c) {
        for (int i = text.indexOf(c, 1); i >= 0; i = text.indexOf(c, i + 1)) {
            if (isDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds at least {@code length} characters of the class in a row. */
    private static boolean hasRun(String text, int length, IntPredicate inClass) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = inClass.test(text.charAt(i)) ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /** {@code \d} without UNICODE_CHARACTER_CLASS. */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [0-9a-f]} with CASE_INSENSITIVE (ASCII only). */
    private static boolean isHexDigit(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether {@code \s+} finds anything but single spaces, the only runs it would replace by themselves. */
    private static boolean hasOtherWhitespaceThanSingleSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhitespace(c) && (c != ' ' || i + 1 < text.length() && isWhitespace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }
}
