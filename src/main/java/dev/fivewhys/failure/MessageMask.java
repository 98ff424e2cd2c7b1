package dev.fivewhys.failure;

import java.util.List;
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

    private record Mask(Pattern pattern, String replacement) {
        Mask(String regex, String replacement) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
        }

        String apply(String text) {
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
                    + "|[a-z]:\\\\windows\\\\temp\\\\" + PATH_END, "<tmp>"),
            new Mask("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b", "<uuid>"),
            new Mask(
                    "\\b\\d{4}-\\d{2}-\\d{2}[t ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s?(?:z|utc|gmt|[+-]\\d{2}:?\\d{2}))?\\b",
                    "<timestamp>"),
            new Mask(
                    "\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? \\d{1,2} " + MONTH
                            + " \\d{4}(?: \\d{2}:\\d{2}:\\d{2})?(?: gmt| utc)?",
                    "<timestamp>"),
            new Mask("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{1,2} " + MONTH + " \\d{4}\\b",
                    "<date>"),
            new Mask("(?<![\\w.:/-])\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?(?:\\s?[ap]m)?(?![\\w:])", "<time>"),
            new Mask("\\b0x[0-9a-f]{4,}\\b", "<addr>"),
            new Mask("(?<=[\\w$])@[0-9a-f]{4,}\\b", "@<addr>"),
            new Mask("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b", "<ip>"),
            // a quoted generated id ('req_8f3kz92a1') has digits spread through it and no real word in it;
            // 'test_websocket_1011_error' has words, so it is kept
            new Mask("(['\"])(?=[\\w-]*\\d[\\w-]*\\d)(?=[\\w-]*[a-z])(?![\\w-]*[a-z]{5})[\\w-]{8,}\\1", "$1<id>$1"),
            // the same id unquoted, after a short prefix (req_8f3kz92a1, sess-a81k2m9q): kept are words and codes
            new Mask("(?<![\\w-])([a-z]{1,12}[_-])(?=[a-z0-9]*\\d[a-z0-9]*\\d)(?=[a-z0-9]*[a-z][a-z0-9]*[a-z])"
                    + "(?![a-z0-9]*[a-z]{5})[a-z0-9]{7,}(?![\\w-])", "$1<id>"),
            // git SHAs, request ids, hashes: letters and digits mixed; "_" counts as a separator
            new Mask("(?<![0-9a-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\\d)[0-9a-f]{7,}(?![0-9a-z])", "<hex>"),
            new Mask("\\b\\d+(?:[.,]\\d+)?\\s?(?:ms|millis|milliseconds?|µs|us|ns|s|secs?|seconds?|mins?|minutes?|h|hours?)\\b",
                    "<duration>"),
            new Mask("(?<!\\d)\\d{5,}(?!\\d)", "<n>"),
            new Mask("\\s+", " "));

    private MessageMask() {
    }

    static String normalize(String message) {
        if (message == null) {
            return "";
        }
        // masking looks only at the start: it bounds the regex work, and the end is cut off anyway
        String text = message.length() > SCANNED_LENGTH ? message.substring(0, SCANNED_LENGTH) : message;
        for (Mask mask : MASKS) {
            text = mask.apply(text);
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).stripTrailing();
        }
        return text;
    }
}
