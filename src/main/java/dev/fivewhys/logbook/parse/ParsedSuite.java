package dev.fivewhys.logbook.parse;

/**
 * A test suite named in a phase: "- `tests/e2e/staging/test_x.py` - Critical functionality (25 tests)".
 *
 * @param path the path in backticks (may be a glob)
 * @param description the words after the path; for a bullet that does not start with the path
 *        ("All integration tests in `…`") the whole bullet text
 * @param expected the count in parentheses, or null
 */
public record ParsedSuite(String path, String description, ExpectedCount expected, SourceSpan source) {
}
