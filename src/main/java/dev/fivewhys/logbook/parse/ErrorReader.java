package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the errors a log names, in the order written, each once: the patterns it quotes in code blocks, the values of
 * its error fields and the failing tests of pytest summaries ("FAILED path::test - message").
 */
final class ErrorReader {

    /** "websockets.exceptions.ConnectionClosedError: received 1011 …" at the start of a quoted block's line. */
    private static final Pattern TYPED = Pattern
            .compile("^\\s*(?<type>(?:[A-Za-z_][\\w$]*\\.)*[A-Za-z_][\\w$]*(?:Error|Exception|Failure)):\\s*(?<message>.*)$");
    /** pytest's short summary: "FAILED tests/e2e/test_x.py::test_y - AssertionError: …". */
    private static final Pattern PYTEST_FAILED = Pattern
            .compile("^\\W*FAILED\\s+(?<test>\\S+::\\S+)(?:\\s+-\\s+(?<message>.+))?$");
    /** "Critical Discovery", "Error", "Error Pattern", "Critical Blocker Identified", "Exception". */
    private static final Pattern ERROR_KEY = Pattern
            .compile("(?i)^(?:critical discovery|(?:critical )?blocker(?: identified)?|critical blocker identified"
                    + "|errors?(?: pattern| message| seen)?|exception)$");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    /** The error a sentence names: up to and including its "error"/"exception"/"failure". */
    private static final Pattern NAMED = Pattern.compile("(?i)^.*?\\b(?:error|exception|failure)s?\\b");
    /** "**Errors**: none", "No errors found", "0 failures": an error field that names none. */
    private static final Pattern NONE = Pattern.compile("(?i)^\\W*(?:no|none|zero|0)\\b");

    private ErrorReader() {
    }

    static List<ParsedError> read(LogDocument document, List<ParsedField> fields) {
        Map<String, ParsedError> found = new LinkedHashMap<>();
        quoted(document).forEach(e -> found.putIfAbsent(key(e), e));
        for (ParsedField field : FieldKeys.flatten(fields)) {
            if (FieldKeys.is(field, ERROR_KEY)) {
                ParsedError error = named(field);
                if (error != null) {
                    found.putIfAbsent(key(error), error);
                }
            }
        }
        return found.values().stream()
                .sorted(java.util.Comparator.comparingInt(e -> e.source().firstLine())).toList();
    }

    /** Typed errors in code blocks (a message may run on over the following lines) and pytest's failed tests. */
    private static List<ParsedError> quoted(LogDocument document) {
        List<ParsedError> errors = new ArrayList<>();
        boolean fenced = false;
        for (int n = 1; n <= document.lineCount(); n++) {
            String line = document.line(n);
            if (LogDocument.FENCE.matcher(line).find()) {
                fenced = !fenced;
                continue;
            }
            Matcher failed = PYTEST_FAILED.matcher(line.strip());
            if (failed.matches()) {
                String message = failed.group("message") == null ? "" : failed.group("message").strip();
                Matcher typed = TYPED.matcher(message);
                errors.add(typed.matches()
                        ? new ParsedError(typed.group("type"), typed.group("message").strip(), failed.group("test"),
                                SourceSpan.line(n))
                        : new ParsedError(null, message, failed.group("test"), SourceSpan.line(n)));
                continue;
            }
            Matcher typed = TYPED.matcher(line);
            if (fenced && typed.matches()) {
                StringBuilder message = new StringBuilder(typed.group("message").strip());
                int last = n;
                while (last + 1 <= document.lineCount() && !document.isBlank(last + 1)
                        && !LogDocument.FENCE.matcher(document.line(last + 1)).find()
                        && !TYPED.matcher(document.line(last + 1)).matches()) {
                    last++;
                    message.append(message.isEmpty() ? "" : " ").append(document.line(last).strip());
                }
                errors.add(new ParsedError(typed.group("type"), message.toString(), null, new SourceSpan(n, last)));
                n = last;
            }
        }
        return errors;
    }

    /** The backticked part of an error field, else the error its sentence names; null when it names none. */
    private static ParsedError named(ParsedField field) {
        if (NONE.matcher(field.value()).find()) {
            return null;
        }
        Matcher code = BACKTICKED.matcher(field.value());
        String text;
        if (code.find()) {
            text = code.group(1).strip();
        } else {
            Matcher named = NAMED.matcher(field.value().replace("*", "").strip());
            if (!named.find()) {
                return null;
            }
            text = named.group().strip();
        }
        Matcher typed = TYPED.matcher(text);
        return typed.matches() ? new ParsedError(typed.group("type"), typed.group("message").strip(), null,
                field.source()) : new ParsedError(null, text, null, field.source());
    }

    private static String key(ParsedError error) {
        return (error.failureType() == null ? "" : error.failureType()) + "\n" + error.message();
    }
}
