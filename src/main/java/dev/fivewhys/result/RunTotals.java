package dev.fivewhys.result;

/**
 * What one report contained, counted case by case while streaming.
 *
 * @param tests number of {@code <testcase>} elements (each element is one result, even when a producer
 *        such as TestNG writes the same test name twice)
 * @param flaky cases that passed after failing runs; they are also counted in {@code passed}
 * @param durationMillis sum of the cases' times (suites run in parallel can make it exceed wall time)
 * @param declared what the report says about itself; {@link DeclaredTotals#isEmpty()} when it says nothing
 */
public record RunTotals(
        int tests,
        int passed,
        int failed,
        int errored,
        int skipped,
        int flaky,
        long durationMillis,
        DeclaredTotals declared) {

    public int failing() {
        return failed + errored;
    }
}
