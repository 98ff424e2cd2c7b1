package dev.fivewhys.history;

/**
 * How a test is named in SQL. Its key is the md5 of its suite, class and name (test_case.key_hash); test_result rows
 * are found by test through the index test_result_test_idx on a 64-bit hash of the same text ({@link #indexed}):
 * half the size of an index on the md5, so each upload's rows cost the database less to add to it. The 64-bit hash
 * finds the rows, the text or its md5 makes sure they are the test's.
 */
final class TestKeys {

    private TestKeys() {
    }

    /** Suite, class and name of the test_result or test_case row aliased {@code alias}, as one text. */
    static String text(String alias) {
        return "coalesce(" + alias + ".suite, '') || E'\\x1f' || coalesce(" + alias + ".class_name, '') || E'\\x1f' || "
                + alias + ".name";
    }

    /** As {@link #text(String)} computes it, for a test read into Java. */
    static String text(TestCase test) {
        return (test.suite == null ? "" : test.suite) + '\u001f' + (test.className == null ? "" : test.className) + '\u001f'
                + test.name;
    }

    /** The key of the row aliased {@code alias}: test_case.key_hash. */
    static String of(String alias) {
        return "md5(" + text(alias) + ")";
    }

    /** The expression test_result_test_idx indexes (with the id): the same text, hashed to 64 bits. */
    static String indexed(String alias) {
        return "hashtextextended(" + text(alias) + ", 0)";
    }

    /** The rows aliased {@code a} and {@code b} are of the same test; {@code a} is found through the index. */
    static String same(String a, String b) {
        return indexed(a) + " = " + indexed(b) + " and " + text(a) + " = " + text(b);
    }
}
