package dev.fivewhys.logbook.parse;

/**
 * An error a log names: a pattern it quotes ("websockets.exceptions.ConnectionClosedError: received 1011 …"), an
 * error it reports ("**Critical Discovery**: `cannot import name …`") or a failing test ("FAILED tests/x.py::test_y -
 * AssertionError: …"). An import makes it a failure of the project, its signature computed from type and message as
 * for a JUnit result.
 *
 * @param failureType the error's type when the log writes one before the message ("ImportError: …"), else null
 * @param message the error's message as written, on one line
 * @param test the failing test the log names with it, or null
 */
public record ParsedError(String failureType, String message, String test, SourceSpan source) {
}
