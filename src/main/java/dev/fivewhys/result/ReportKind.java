package dev.fivewhys.result;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognizes what was uploaded from its root element, so that a wrong file gets a message that says
 * what it is and what to upload instead, rather than "invalid report".
 */
final class ReportKind {

    private static final String XML_SCHEMA_NS = "http://www.w3.org/2001/XMLSchema";
    private static final String UPLOAD_JUNIT = "; upload the JUnit XML report instead.";

    private ReportKind() {
    }

    static boolean isJUnitRoot(String element) {
        return element.equals("testsuites") || element.equals("testsuite");
    }

    /** Why a document with this root is not a JUnit report, or empty when it is one. */
    static Optional<String> refusal(String element, String namespace) {
        if (isJUnitRoot(element)) {
            return Optional.empty();
        }
        if (XML_SCHEMA_NS.equals(namespace) || element.equals("schema")) {
            return Optional.of("This is an XML Schema (XSD), not a JUnit report: upload the test results, "
                    + "not the schema that describes them.");
        }
        String looksLike = switch (element) {
            case "test-run" -> "an NUnit 3 report";
            case "test-results" -> "an NUnit 2 report";
            case "assemblies", "assembly" -> "an xUnit.net report";
            case "TestRun" -> "a Visual Studio TRX report";
            case "coverage" -> "a Cobertura coverage report, not test results";
            case "report" -> "a JaCoCo coverage report, not test results";
            case "checkstyle" -> "a Checkstyle/lint report, not test results";
            default -> null;
        };
        if (looksLike != null) {
            return Optional.of("This looks like " + looksLike + " (root element <" + element + ">)" + UPLOAD_JUNIT);
        }
        if (element.toLowerCase(Locale.ROOT).equals("html")) {
            return Optional.of("This is an HTML page, not a JUnit report" + UPLOAD_JUNIT);
        }
        return Optional.of("This is not a JUnit report: it starts with <" + element
                + ">, but a JUnit report starts with <testsuites> or <testsuite>.");
    }
}
