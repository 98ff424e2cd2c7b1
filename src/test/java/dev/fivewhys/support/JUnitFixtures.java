package dev.fivewhys.support;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Every real report in {@code src/test/resources/fixtures/junit}, with totals counted by hand from the
 * files themselves (one {@code <testcase>} = one result; its {@code <failure>}, {@code <error>} or
 * {@code <skipped>} child decides its status), or the start of the message it is refused with. The parser's
 * tests and the upload tests check against this one table.
 */
public final class JUnitFixtures {

    private static final String DIRECTORY = "fixtures/junit/";

    public record Expected(String file, int tests, int passed, int failed, int errored, int skipped) {
        @Override
        public String toString() {
            return file;
        }
    }

    public static final String DORNY = "dorny__test-reporter____tests____fixtures__";
    public static final String GO = "jstemmer__go-junit-report__testdata__";

    public static final List<Expected> ACCEPTED = List.of(
            new Expected(DORNY + "empty__java-junit.xml", 0, 0, 0, 0, 0),
            new Expected(DORNY + "empty__jest-junit-empty-testsuite.xml", 0, 0, 0, 0, 0),
            new Expected(DORNY + "empty__jest-junit.xml", 0, 0, 0, 0, 0),
            new Expected(DORNY + "empty__phpunit-empty.xml", 0, 0, 0, 0, 0),
            // TestNG writes the same test twice: a skipped run, then a failed one
            new Expected(DORNY + "external__java__TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml", 2, 0, 1, 0, 1),
            new Expected(DORNY + "external__java__empty_failures.xml", 3, 2, 1, 0, 0),
            new Expected(DORNY + "external__java__pulsar-test-report.xml", 808, 793, 1, 0, 14),
            new Expected(DORNY + "external__jest__jest-react-component-test-results.xml", 1, 1, 0, 0, 0),
            new Expected(DORNY + "external__jest__jest-test-results.xml", 4239, 4207, 2, 0, 30),
            new Expected(DORNY + "external__phpunit__phpcheckstyle-phpunit.xml", 30, 28, 2, 0, 0),
            new Expected(DORNY + "jest-junit-eslint.xml", 1, 1, 0, 0, 0),
            new Expected(DORNY + "jest-junit.xml", 6, 1, 4, 0, 1),
            new Expected(DORNY + "junit-with-message.xml", 1, 0, 1, 0, 0),
            new Expected(DORNY + "nette-tester__tester-v1.7-report.xml", 65, 61, 1, 0, 3),
            new Expected(DORNY + "phpunit__phpunit-paths.xml", 6, 0, 6, 0, 0),
            new Expected(DORNY + "phpunit__phpunit.xml", 12, 10, 2, 0, 0),
            new Expected(DORNY + "python-xunit-pytest.xml", 10, 6, 2, 0, 2),
            new Expected(DORNY + "python-xunit-unittest.xml", 8, 4, 1, 1, 2),
            new Expected(DORNY + "swift-xunit.xml", 3, 2, 1, 0, 0),
            new Expected(DORNY + "test-errors__jest__jest-test-results.xml", 2, 0, 0, 2, 0),
            new Expected(GO + "001-report.xml", 5, 2, 1, 0, 2),
            new Expected(GO + "012-report.xml", 11, 6, 4, 0, 1),
            new Expected(GO + "013-report.xml", 5, 2, 0, 3, 0),
            new Expected(GO + "014-report.xml", 2, 0, 0, 2, 0),
            new Expected(GO + "015-report.xml", 0, 0, 0, 0, 0),
            new Expected(GO + "017-report.xml", 1, 0, 1, 0, 0),
            new Expected(GO + "030-report.xml", 17, 8, 9, 0, 0),
            new Expected("spekt__junit.testlogger__docs__assets__TestResults.xml", 52, 32, 14, 0, 6));

    public static final Map<String, String> REFUSED = Map.of(
            DORNY + "dotnet-nunit.xml", "This looks like an NUnit 3 report (root element <test-run>)",
            "windyroad__JUnit-Schema__JUnit.xsd", "This is an XML Schema (XSD), not a JUnit report");

    private JUnitFixtures() {
    }

    /** The names of the reports on the classpath. */
    public static List<String> files() {
        return TestFiles.list(DIRECTORY);
    }

    public static byte[] bytes(String file) {
        return TestFiles.bytes(DIRECTORY + file);
    }

    public static InputStream open(String file) {
        return TestFiles.open(DIRECTORY + file);
    }
}
