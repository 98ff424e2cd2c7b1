package dev.fivewhys.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes a run's results to test_result in JDBC batches on the upload's own connection, so they are
 * part of its transaction; at most {@link #BATCH_SIZE} rows wait in memory. (The driver turns each batch
 * into multi-row inserts: reWriteBatchedInserts in application.properties.)
 */
final class ResultWriter implements AutoCloseable {

    static final int BATCH_SIZE = 1000;

    // column widths of test_result: a longer value would fail the whole upload, so it is cut to fit
    static final int SUITE_WIDTH = 1000;
    private static final int CLASS_WIDTH = 1000;
    private static final int NAME_WIDTH = 2000;
    private static final int FILE_WIDTH = 1000;
    static final int TYPE_WIDTH = 500;

    private final PreparedStatement insert;
    private final long runId;
    private final long sessionId;
    private int pending;

    ResultWriter(Connection connection, long runId, long sessionId) throws SQLException {
        this.insert = connection.prepareStatement("insert into test_result (run_id, session_id, suite, class_name, "
                + "name, file, status, duration_ms, flaky, failure_type, message, trace, signature_hash) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.runId = runId;
        this.sessionId = sessionId;
    }

    /**
     * @param suite the case's suite, already cut to {@link #SUITE_WIDTH} (the suite tally uses the same value)
     * @param signatureHash the failure signature of a failing case, else null
     */
    void write(ParsedTestCase testCase, String suite, String signatureHash) throws SQLException {
        insert.setLong(1, runId);
        insert.setLong(2, sessionId);
        insert.setString(3, suite);
        insert.setString(4, cut(testCase.className(), CLASS_WIDTH));
        insert.setString(5, testCase.name() == null ? "" : cut(testCase.name(), NAME_WIDTH));
        insert.setString(6, cut(testCase.file(), FILE_WIDTH));
        insert.setString(7, testCase.status().name());
        insert.setLong(8, testCase.durationMillis());
        insert.setBoolean(9, testCase.flaky());
        insert.setString(10, cut(testCase.failureType(), TYPE_WIDTH));
        insert.setString(11, testCase.message());
        insert.setString(12, testCase.traceExcerpt());
        if (signatureHash == null) {
            insert.setNull(13, Types.VARCHAR);
        } else {
            insert.setString(13, signatureHash);
        }
        insert.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    static String cut(String value, int width) {
        if (value == null || value.length() <= width) {
            return value;
        }
        int end = width;
        // never leave half of a surrogate pair behind
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }
}
