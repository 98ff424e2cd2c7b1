package dev.fivewhys.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLStreamReader;

/** A {@code <testcase>} being read: its attributes, the result elements seen so far, its output. */
final class OpenCase {

    static final int MESSAGE_LIMIT = 2000;
    static final int OUTPUT_LIMIT = 2000;

    /** googletest marks disabled tests with status="notrun" or result="skipped" and no child element. */
    private static final Set<String> NOT_RUN = Set.of("notrun", "skipped", "suppressed", "disabled", "ignored");

    private final SuiteFrame suite;
    private final String className;
    private final String name;
    private final String file;
    private final long durationMillis;
    private final boolean markedNotRun;

    private Outcome finalOutcome;
    private Outcome rerun;
    private Outcome flakyRun;
    private final BoundedText output = new BoundedText(OUTPUT_LIMIT);
    /** Where text goes, one entry per open child element; null discards it (e.g. properties). */
    private final List<BoundedText> textTargets = new ArrayList<>();

    OpenCase(SuiteFrame suite, XMLStreamReader xml) {
        this.suite = suite;
        String classAttribute = Outcome.blankToNull(xml.getAttributeValue(null, "classname"));
        this.className = classAttribute != null ? classAttribute
                : Outcome.blankToNull(xml.getAttributeValue(null, "class"));
        this.name = xml.getAttributeValue(null, "name");
        String fileAttribute = Outcome.blankToNull(xml.getAttributeValue(null, "file"));
        this.file = fileAttribute != null ? fileAttribute : suite.file();
        this.durationMillis = TimeAttribute.toMillis(xml.getAttributeValue(null, "time"));
        this.markedNotRun = isNotRun(xml.getAttributeValue(null, "status"))
                || isNotRun(xml.getAttributeValue(null, "result"));
    }

    private static boolean isNotRun(String value) {
        return value != null && NOT_RUN.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    void startChild(String element, XMLStreamReader xml) {
        BoundedText target = currentTarget();
        Outcome outcome = textTargets.isEmpty() ? Outcome.of(element, xml) : null;
        if (outcome != null) {
            record(outcome);
            target = outcome.text;
        } else if (element.equals("system-out") || element.equals("system-err")) {
            if (!output.isEmpty()) {
                output.append("\n");
            }
            target = output;
        } else if (element.equals("properties")) {
            target = null;
        }
        // anything else (Surefire's <stackTrace> inside <flakyFailure>) adds to the enclosing text
        textTargets.add(target);
    }

    void endChild() {
        textTargets.remove(textTargets.size() - 1);
    }

    void text(char[] chars, int start, int length) {
        BoundedText target = currentTarget();
        if (target != null) {
            target.append(chars, start, length);
        }
    }

    private BoundedText currentTarget() {
        return textTargets.isEmpty() ? null : textTargets.get(textTargets.size() - 1);
    }

    private void record(Outcome outcome) {
        switch (outcome.run) {
            case FINAL -> {
                // a failure or error outweighs a skip written beside it
                if (finalOutcome == null
                        || finalOutcome.status == TestStatus.SKIPPED && outcome.status != TestStatus.SKIPPED) {
                    finalOutcome = outcome;
                }
            }
            case RERUN -> rerun = rerun == null ? outcome : rerun;
            case FLAKY -> flakyRun = flakyRun == null ? outcome : flakyRun;
        }
    }

    /**
     * The case's final result. Surefire writes {@code <failure>} plus {@code <rerunFailure>}s when every
     * run failed: FAILED. Only {@code <flakyFailure>}s means it passed on a rerun: PASSED and flaky, and
     * the first flaky run's type and message are kept so flaky failures can still be grouped. A rerun
     * element without a final one is read as "every run failed".
     */
    ParsedTestCase finish() {
        Outcome deciding = finalOutcome != null ? finalOutcome : rerun != null ? rerun : flakyRun;
        boolean flaky = finalOutcome == null && rerun == null && flakyRun != null;
        TestStatus status;
        if (deciding != null && !flaky) {
            status = deciding.status;
        } else {
            status = markedNotRun && !flaky ? TestStatus.SKIPPED : TestStatus.PASSED;
        }
        return new ParsedTestCase(
                suite.nearestName(),
                suite.path(),
                className,
                name,
                file,
                status,
                durationMillis,
                deciding == null ? null : deciding.type,
                deciding == null ? null : message(deciding),
                deciding == null ? null : deciding.text.excerpt(),
                output.excerpt(),
                flaky);
    }

    private static String message(Outcome outcome) {
        String message = outcome.messageAttribute != null ? outcome.messageAttribute
                : outcome.text.firstNonBlankLine();
        if (message != null && message.length() > MESSAGE_LIMIT) {
            return message.substring(0, MESSAGE_LIMIT) + BoundedText.CUT_MARK;
        }
        return message;
    }
}
