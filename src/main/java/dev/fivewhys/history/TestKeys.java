package dev.fivewhys.history;

/**
 * How a test is named in SQL: the md5 of its suite, class and name, computed from a test_result row exactly as the
 * index test_result_test_idx computes it (same expression, so the planner uses the index).
 */
final class TestKeys {

    private TestKeys() {
    }

    /** The key of the test_result row aliased {@code alias}. */
    static String of(String alias) {
        return "md5(coalesce(" + alias + ".suite, '') || E'\\x1f' || coalesce(" + alias + ".class_name, '') || E'\\x1f' || "
                + alias + ".name)";
    }
}
