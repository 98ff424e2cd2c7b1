package dev.fivewhys.result;

/** Running counts of the cases handed to the sink. */
final class Tally {

    private int tests;
    private int passed;
    private int failed;
    private int errored;
    private int skipped;
    private int flaky;
    private long durationMillis;

    void count(ParsedTestCase testCase) {
        tests++;
        switch (testCase.status()) {
            case PASSED -> passed++;
            case FAILED -> failed++;
            case ERRORED -> errored++;
            case SKIPPED -> skipped++;
        }
        if (testCase.flaky()) {
            flaky++;
        }
        // each case is capped far below Long.MAX_VALUE / Integer.MAX_VALUE, so this cannot overflow
        durationMillis += testCase.durationMillis();
    }

    RunTotals totals(DeclaredTotals declared) {
        return new RunTotals(tests, passed, failed, errored, skipped, flaky, durationMillis, declared);
    }
}
