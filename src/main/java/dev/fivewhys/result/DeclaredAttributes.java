package dev.fivewhys.result;

import javax.xml.stream.XMLStreamReader;

/** Reads the totals a {@code <testsuites>} or {@code <testsuite>} element declares about itself. */
final class DeclaredAttributes {

    private DeclaredAttributes() {
    }

    static DeclaredTotals of(XMLStreamReader xml) {
        String time = xml.getAttributeValue(null, "time");
        return new DeclaredTotals(
                count(xml.getAttributeValue(null, "tests")),
                count(xml.getAttributeValue(null, "failures")),
                count(xml.getAttributeValue(null, "errors")),
                count(xml.getAttributeValue(null, "skipped")),
                time == null || time.isBlank() ? null : TimeAttribute.toMillis(time));
    }

    /**
     * A {@code <testsuites>} root that states no counts (phpunit, Swift, nette) is described by the sum
     * of its top-level suites' counts instead.
     */
    static DeclaredTotals forRoot(DeclaredTotals root, DeclaredTotals topLevelSuites) {
        if (root.tests() != null || root.failures() != null || root.errors() != null || root.skipped() != null) {
            return root;
        }
        return new DeclaredTotals(
                topLevelSuites.tests(),
                topLevelSuites.failures(),
                topLevelSuites.errors(),
                topLevelSuites.skipped(),
                root.durationMillis() != null ? root.durationMillis() : topLevelSuites.durationMillis());
    }

    private static Integer count(String value) {
        if (value == null) {
            return null;
        }
        try {
            int count = Integer.parseInt(value.strip().replace(",", ""));
            return count >= 0 ? count : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
