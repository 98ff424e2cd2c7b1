package dev.fivewhys.result;

/** The outcome of one test case, as the report's producer recorded it. */
public enum TestStatus {
    PASSED,
    /** An assertion did not hold ({@code <failure>}). */
    FAILED,
    /** The test could not run to its assertions: exception, build or setup error ({@code <error>}). */
    ERRORED,
    SKIPPED;

    public boolean isFailing() {
        return this == FAILED || this == ERRORED;
    }
}
