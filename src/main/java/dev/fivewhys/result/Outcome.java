package dev.fivewhys.result;

import javax.xml.stream.XMLStreamReader;

/** One result element inside a {@code <testcase>}: a failure, an error, a skip, or a rerun of one. */
final class Outcome {

    /** Surefire's rerun elements say what happened on other runs of the same case. */
    enum Run {
        /** {@code <failure>}, {@code <error>}, {@code <skipped>}: the case's own result. */
        FINAL,
        /** {@code <rerunFailure>}, {@code <rerunError>}: a rerun failed too. */
        RERUN,
        /** {@code <flakyFailure>}, {@code <flakyError>}: a run failed, but the case passed in the end. */
        FLAKY
    }

    static final int TRACE_LIMIT = 4000;

    final TestStatus status;
    final Run run;
    final String type;
    final String messageAttribute;
    final BoundedText text = new BoundedText(TRACE_LIMIT);

    private Outcome(TestStatus status, Run run, XMLStreamReader xml) {
        this.status = status;
        this.run = run;
        this.type = blankToNull(xml.getAttributeValue(null, "type"));
        this.messageAttribute = blankToNull(xml.getAttributeValue(null, "message"));
    }

    /** The outcome this element records, or null when it is not a result element. */
    static Outcome of(String element, XMLStreamReader xml) {
        return switch (element) {
            case "failure" -> new Outcome(TestStatus.FAILED, Run.FINAL, xml);
            case "error" -> new Outcome(TestStatus.ERRORED, Run.FINAL, xml);
            case "skipped" -> new Outcome(TestStatus.SKIPPED, Run.FINAL, xml);
            case "rerunFailure" -> new Outcome(TestStatus.FAILED, Run.RERUN, xml);
            case "rerunError" -> new Outcome(TestStatus.ERRORED, Run.RERUN, xml);
            case "flakyFailure" -> new Outcome(TestStatus.FAILED, Run.FLAKY, xml);
            case "flakyError" -> new Outcome(TestStatus.ERRORED, Run.FLAKY, xml);
            default -> null;
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
