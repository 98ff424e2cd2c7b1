package dev.fivewhys.result;

import java.util.List;

/**
 * One {@code <testcase>} of a JUnit report, as read by {@link JUnitReportParser}.
 *
 * @param suite name of the nearest enclosing named {@code <testsuite>} (or the {@code <testsuites>} name), or null
 * @param suitePath names of all enclosing named suites, outermost first (phpunit nests them)
 * @param className {@code classname} (or phpunit's {@code class}) attribute, null when absent or blank
 * @param name the test's name
 * @param file the source file (jest, phpunit, pytest write it), else the nearest suite's {@code file}, else null
 * @param status the final outcome; a case that failed and then passed on rerun is PASSED with {@code flaky}
 * @param durationMillis the {@code time} attribute in milliseconds, 0 when absent or unreadable
 * @param failureType the {@code type} attribute of the deciding result element, or null
 * @param message the {@code message} attribute, else the first non-blank line of the element's text, or null
 * @param traceExcerpt the start of the element's text (stack trace), bounded, or null
 * @param outputExcerpt the start of the case's system-out and system-err, bounded, or null
 * @param flaky true when the case passed only after failing runs (Surefire's flakyFailure/flakyError)
 */
public record ParsedTestCase(
        String suite,
        List<String> suitePath,
        String className,
        String name,
        String file,
        TestStatus status,
        long durationMillis,
        String failureType,
        String message,
        String traceExcerpt,
        String outputExcerpt,
        boolean flaky) {

    public ParsedTestCase {
        suitePath = List.copyOf(suitePath);
    }
}
