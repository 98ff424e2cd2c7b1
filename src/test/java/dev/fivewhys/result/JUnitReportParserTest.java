package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.fivewhys.support.JUnitFixtures;
import dev.fivewhys.support.JUnitFixtures.Expected;

/** Every real report in the JUnit fixtures, read with the totals {@link JUnitFixtures} counted by hand. */
class JUnitReportParserTest {

    private static final String DORNY = JUnitFixtures.DORNY;
    private static final String GO = JUnitFixtures.GO;

    static Stream<Expected> accepted() {
        return JUnitFixtures.ACCEPTED.stream();
    }

    static Stream<String> refused() {
        return JUnitFixtures.REFUSED.keySet().stream().sorted();
    }

    @Test
    void everyFixtureIsCovered() {
        Set<String> onDisk = new TreeSet<>(JUnitFixtures.files());
        Set<String> covered = new TreeSet<>(JUnitFixtures.REFUSED.keySet());
        JUnitFixtures.ACCEPTED.forEach(e -> covered.add(e.file()));
        assertEquals(onDisk, covered, "a fixture was added or removed: give it a row in JUnitFixtures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void countsEveryCaseOfAnAcceptedReport(Expected expected) throws Exception {
        ParsedReport report = ParsedReport.fixture(expected.file());
        RunTotals totals = report.totals();
        assertAll(
                () -> assertEquals(expected.tests(), totals.tests(), "tests"),
                () -> assertEquals(expected.passed(), totals.passed(), "passed"),
                () -> assertEquals(expected.failed(), totals.failed(), "failed"),
                () -> assertEquals(expected.errored(), totals.errored(), "errored"),
                () -> assertEquals(expected.skipped(), totals.skipped(), "skipped"),
                () -> assertEquals(0, totals.flaky(), "flaky"),
                () -> assertEquals(expected.tests(), report.cases().size(), "cases handed to the sink"),
                () -> assertTrue(report.cases().stream().allMatch(c -> c.name() != null), "every case named"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatIsNotJUnit(String file) {
        var e = assertThrows(ReportRejectedException.class, () -> ParsedReport.fixture(file));
        assertTrue(e.getMessage().startsWith(JUnitFixtures.REFUSED.get(file)), e.getMessage());
        assertTrue(e.line() > 0, "names a line");
    }

    @Test
    void keepsWhatTheReportDeclaresBesideWhatItHolds() throws Exception {
        // jest counts suites that failed to run as 0 tests, yet writes their errors
        DeclaredTotals jest = ParsedReport.fixture(DORNY + "test-errors__jest__jest-test-results.xml").totals()
                .declared();
        assertEquals(new DeclaredTotals(0, 0, 2, null, 646L), jest);
        // the suite claims 15 tests, 10 are written
        assertEquals(15, ParsedReport.fixture(DORNY + "python-xunit-pytest.xml").totals().declared().tests());
        // phpunit's <testsuites> says nothing: the top-level suite speaks for it
        assertEquals(new DeclaredTotals(12, 2, 0, 0, 140L),
                ParsedReport.fixture(DORNY + "phpunit__phpunit.xml").totals().declared());
        assertTrue(ParsedReport.fixture(DORNY + "empty__phpunit-empty.xml").totals().declared().isEmpty());
    }

    @Test
    void sumsCaseTimes() throws Exception {
        assertEquals(60 + 100 + 151 + 20 + 130, ParsedReport.fixture(GO + "001-report.xml").totals().durationMillis());
        assertEquals(2_126_531, ParsedReport.fixture(DORNY + "external__java__pulsar-test-report.xml").totals()
                .durationMillis());
    }

    @Test
    void readsPhpunitFilesAndMessagesFromText() throws Exception {
        ParsedReport report = ParsedReport.fixture(DORNY + "phpunit__phpunit-paths.xml");
        ParsedTestCase boom = report.named("testFailure");
        assertEquals("/home/runner/work/repo/src/Fake.php", boom.file());
        assertEquals("Exception", boom.failureType());
        assertEquals("Boom", boom.message());
        ParsedTestCase noMessage = report.named("testWindowsFailure");
        assertEquals("C:\\repo\\src\\Win.php", noMessage.file());
        assertNull(noMessage.failureType());
        assertEquals("C:\\repo\\src\\Win.php:77", noMessage.message(), "first line of the text");
    }

    @Test
    void namesTheNearestOfNestedSuites() throws Exception {
        ParsedTestCase testCase = ParsedReport.fixture(DORNY + "external__phpunit__phpcheckstyle-phpunit.xml")
                .named("testGoodDoc");
        assertEquals("CommentsTest", testCase.suite());
        assertEquals(List.of("/workspace/phpcheckstyle/phpunit.xml", "PHPUnitTestSuite", "CommentsTest"),
                testCase.suitePath());
        assertEquals("CommentsTest", testCase.className());
    }

    @Test
    void readsJestUnicodeAndErrorsWithoutMessage() throws Exception {
        ParsedTestCase failing = ParsedReport.fixture(DORNY + "jest-junit.xml").named("Failing test");
        assertEquals("Test 1 \u203A Test 1.1", failing.className());
        assertEquals("Error: expect(received).toBeTruthy()", failing.message());
        assertTrue(failing.traceExcerpt().contains("main.test.js:10:21"));

        ParsedTestCase broken = ParsedReport.fixture(DORNY + "test-errors__jest__jest-test-results.xml").cases().get(0);
        assertEquals(TestStatus.ERRORED, broken.status());
        assertEquals("\u25CF Test suite failed to run", broken.message());
    }

    @Test
    void readsBomFileFromDotnetLogger() throws Exception {
        ParsedTestCase testCase = ParsedReport.fixture("spekt__junit.testlogger__docs__assets__TestResults.xml")
                .cases().stream().filter(c -> "TestData(2,\"A\")".equals(c.name())).findFirst().orElseThrow();
        assertEquals(TestStatus.FAILED, testCase.status());
        assertTrue(testCase.message().startsWith("failing for second case\r\n"), testCase.message());
    }

    @Test
    void skipReasonIsTheMessageAndEmptyReasonIsNone() throws Exception {
        ParsedReport report = ParsedReport.fixture(DORNY + "python-xunit-unittest.xml");
        assertEquals("skipped", report.named("test_always_skip").message());
        assertEquals("tests/test_lib.py", report.named("test_error").file());
        assertEquals("Exception", report.named("test_error").failureType());
        assertNull(ParsedReport.fixture(DORNY + "python-xunit-pytest.xml").named("test_expected_failure").message());
    }
}
