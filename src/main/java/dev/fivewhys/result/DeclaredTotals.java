package dev.fivewhys.result;

/**
 * The totals a report states about itself in its root attributes ({@code tests}, {@code failures},
 * {@code errors}, {@code skipped}, {@code time}). Each is null when the report does not say. They are
 * kept beside the counted totals because producers disagree with themselves (jest writes
 * {@code tests="0"} for suites that failed to run; gtest counts a suite's declared tests, not the cases
 * written), and a mismatch is worth showing to the user rather than silently picking one.
 */
public record DeclaredTotals(Integer tests, Integer failures, Integer errors, Integer skipped, Long durationMillis) {

    static final DeclaredTotals NONE = new DeclaredTotals(null, null, null, null, null);

    public boolean isEmpty() {
        return tests == null && failures == null && errors == null && skipped == null && durationMillis == null;
    }

    DeclaredTotals plus(DeclaredTotals other) {
        return new DeclaredTotals(
                add(tests, other.tests),
                add(failures, other.failures),
                add(errors, other.errors),
                add(skipped, other.skipped),
                add(durationMillis, other.durationMillis));
    }

    private static Integer add(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(a + b);
    }

    private static Long add(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(a + b);
    }
}
