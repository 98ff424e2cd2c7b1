package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shapes real producers write that the fixtures do not all show. */
class JUnitReportShapesTest {

    @Test
    void readsUtf8BomCrlfAndNonAsciiNames() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<testsuite name=\"Überprüfung\">\r\n"
                + "  <testcase classname=\"käse.Test\" name=\"réussit 日本語 ✓\" time=\"0.5\"/>\r\n"
                + "  <testcase name=\"fails\"><failure message=\"näh\">line one\r\nline two\r\n</failure></testcase>\r\n"
                + "</testsuite>\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        bytes.write(xml.getBytes(StandardCharsets.UTF_8));
        ParsedReport report = ParsedReport.of(bytes.toByteArray());
        assertEquals(2, report.totals().tests());
        ParsedTestCase passed = report.cases().get(0);
        assertEquals("Überprüfung", passed.suite());
        assertEquals("käse.Test", passed.className());
        assertEquals("réussit 日本語 ✓", passed.name());
        assertEquals(500, passed.durationMillis());
        assertEquals("line one\nline two", report.cases().get(1).traceExcerpt(), "XML turns CRLF into LF");
    }

    @Test
    void readsCdataAndTakesMessageFromItsFirstLine() throws Exception {
        ParsedTestCase testCase = ParsedReport.of("""
                <testsuites><testsuite name="s"><testcase name="t">
                  <error type="websockets.exceptions.ConnectionClosedError"><![CDATA[

                    received 1011 (internal error) Internal error; then sent 1011 (internal error) Internal error
                  File "tests/e2e/staging/test_priority1_critical_REAL.py", line 88, <in> & out
                ]]></error>
                </testcase></testsuite></testsuites>
                """).only();
        assertEquals(TestStatus.ERRORED, testCase.status());
        assertEquals("websockets.exceptions.ConnectionClosedError", testCase.failureType());
        assertEquals("received 1011 (internal error) Internal error; then sent 1011 (internal error) Internal error",
                testCase.message());
        assertTrue(testCase.traceExcerpt().startsWith("received 1011"), "leading blank lines dropped");
        assertTrue(testCase.traceExcerpt().endsWith("<in> & out"));
    }

    @Test
    void namesTheNearestSuiteAtAnyDepth() throws Exception {
        ParsedReport report = ParsedReport.of("""
                <testsuites name="all">
                  <testsuite name="outer" file="tests/outer.php">
                    <testsuite>
                      <testsuite name="inner"><testcase name="deep"/></testsuite>
                      <testcase name="nameless-parent"/>
                    </testsuite>
                    <testcase name="direct" file="tests/own.php"/>
                  </testsuite>
                  <testcase name="loose"/>
                </testsuites>
                """);
        ParsedTestCase deep = report.named("deep");
        assertEquals("inner", deep.suite());
        assertEquals(List.of("outer", "inner"), deep.suitePath());
        assertEquals("tests/outer.php", deep.file(), "inherited from the enclosing suite");
        assertEquals("outer", report.named("nameless-parent").suite());
        assertEquals("tests/own.php", report.named("direct").file());
        assertEquals("all", report.named("loose").suite());
        assertEquals(List.of(), report.named("loose").suitePath());
    }

    @Test
    void readsSurefireReruns() throws Exception {
        ParsedReport report = ParsedReport.of("""
                <testsuite name="e2e" tests="3">
                  <testcase name="flakyThenPassed" classname="WsTest" time="3.0">
                    <flakyFailure message="received 1006" type="java.io.IOException">
                      <stackTrace>java.io.IOException: received 1006
                  at WsTest.flakyThenPassed(WsTest.java:12)</stackTrace>
                      <system-out>attempt 1</system-out>
                    </flakyFailure>
                    <flakyError message="second try" type="java.lang.IllegalStateException"/>
                  </testcase>
                  <testcase name="failedEveryRun" classname="WsTest">
                    <failure message="received 1011" type="java.io.IOException">trace</failure>
                    <rerunFailure message="received 1011 again" type="java.io.IOException"/>
                  </testcase>
                  <testcase name="onlyReruns" classname="WsTest">
                    <rerunError message="boom" type="java.lang.RuntimeException"/>
                  </testcase>
                </testsuite>
                """);
        ParsedTestCase flaky = report.named("flakyThenPassed");
        assertEquals(TestStatus.PASSED, flaky.status());
        assertTrue(flaky.flaky());
        assertEquals("received 1006", flaky.message(), "the first flaky run is kept for grouping");
        assertEquals("java.io.IOException", flaky.failureType());
        assertTrue(flaky.traceExcerpt().contains("WsTest.java:12"));
        assertEquals("attempt 1", flaky.outputExcerpt());

        ParsedTestCase failed = report.named("failedEveryRun");
        assertEquals(TestStatus.FAILED, failed.status());
        assertFalse(failed.flaky());
        assertEquals("received 1011", failed.message());

        assertEquals(TestStatus.ERRORED, report.named("onlyReruns").status());

        RunTotals totals = report.totals();
        assertEquals(3, totals.tests());
        assertEquals(1, totals.passed());
        assertEquals(1, totals.flaky());
        assertEquals(1, totals.failed());
        assertEquals(1, totals.errored());
    }

    @Test
    void failureOutweighsSkipInTheSameCase() throws Exception {
        ParsedTestCase testCase = ParsedReport.of(
                "<testsuite><testcase name=\"t\"><skipped/><failure message=\"teardown broke\"/></testcase></testsuite>")
                .only();
        assertEquals(TestStatus.FAILED, testCase.status());
        assertEquals("teardown broke", testCase.message());
    }

    @Test
    void readsGoogletestNotRunAsSkipped() throws Exception {
        ParsedTestCase testCase = ParsedReport.of(
                "<testsuites><testsuite name=\"g\"><testcase name=\"DISABLED_x\" status=\"notrun\"/></testsuite></testsuites>")
                .only();
        assertEquals(TestStatus.SKIPPED, testCase.status());
    }

    @Test
    void keepsOnlyABoundedExcerptOfOutputAndTrace() throws Exception {
        String big = "x".repeat(100_000);
        ParsedTestCase testCase = ParsedReport.of("<testsuite><testcase name=\"t\"><failure>" + big + "</failure>"
                + "<system-out>" + big + "</system-out><system-err>more</system-err></testcase></testsuite>").only();
        assertEquals(Outcome.TRACE_LIMIT + 1, testCase.traceExcerpt().length());
        assertTrue(testCase.traceExcerpt().endsWith(BoundedText.CUT_MARK));
        assertEquals(OpenCase.OUTPUT_LIMIT + 1, testCase.outputExcerpt().length());
        assertEquals(OpenCase.MESSAGE_LIMIT + 1, testCase.message().length());
    }

    @Test
    void readsEveryUsualTimeForm() throws Exception {
        String[][] times = {
                { "1.234", "1234" }, { "1,234.5", "1234500" }, { "0.001s", "1" }, { "", "0" }, { "12:03", "723000" },
                { "340ms", "340" }, { "0,5", "500" }, { "1:02:03.5", "3723500" }, { "PT1.5S", "1500" },
                { "1.5E-3", "2" }, { "-4", "0" }, { "NaN", "0" }, { "soon", "0" }, { "1e999", "2147483647" },
                { " 2 ", "2000" }, { "1,234,567", "1234567000" } };
        StringBuilder xml = new StringBuilder("<testsuite>");
        for (String[] time : times) {
            xml.append("<testcase name=\"").append(time[0]).append("\" time=\"").append(time[0]).append("\"/>");
        }
        xml.append("<testcase name=\"missing\"/></testsuite>");
        ParsedReport report = ParsedReport.of(xml.toString());
        for (String[] time : times) {
            assertEquals(Long.parseLong(time[1]), report.named(time[0]).durationMillis(), "time=\"" + time[0] + "\"");
        }
        assertEquals(0, report.named("missing").durationMillis());
    }

    @Test
    void missingOptionalAttributesAreNull() throws Exception {
        ParsedTestCase testCase = ParsedReport.of("<testsuite><testcase name=\"bare\"/></testsuite>").only();
        assertNull(testCase.suite());
        assertNull(testCase.className());
        assertNull(testCase.file());
        assertNull(testCase.message());
        assertNull(testCase.traceExcerpt());
        assertNull(testCase.outputExcerpt());
        assertEquals(TestStatus.PASSED, testCase.status());
    }
}
