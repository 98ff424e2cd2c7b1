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
    static final int CLASS_WIDTH = 1000;
    static final int NAME_WIDTH = 2000;
    static final int FILE_WIDTH = 1000;
    static final int TYPE_WIDTH = 500;

    private final PreparedStatement insert;
    private final long runId;
    private final long sessionId;
    private int pending;

    ResultWriter(Connection connection, long runId, long sessionId) throws SQLException {
        // the driver's own statement on the same connection, so in the same transaction: the pool's wrapper
        // checks the transaction at each of a row's 14 set calls, which cost a fifth of an upload's time
        this.insert = connection.unwrap(Connection.class)
                .prepareStatement("insert into test_result (run_id, session_id, suite, class_name, "
                        + "name, file, status, duration_ms, flaky, failure_type, message, trace, signature_hash, failure_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.runId = runId;
        this.sessionId = sessionId;
    }

    /** @param failureId the failure of a failing case when already known, else null */
    void write(ReportReader.ReadCase readCase, Long failureId) throws SQLException {
        insert.setLong(1, runId);
        insert.setLong(2, sessionId);
        insert.setString(3, readCase.suite());
        insert.setString(4, readCase.className());
        insert.setString(5, readCase.name());
        insert.setString(6, readCase.file());
        insert.setString(7, readCase.status().name());
        insert.setLong(8, readCase.durationMillis());
        insert.setBoolean(9, readCase.flaky());
        insert.setString(10, readCase.failureType());
        insert.setString(11, readCase.message());
        insert.setString(12, readCase.trace());
        insert.setString(13, readCase.signatureHash());
        if (failureId == null) {
            insert.setNull(14, Types.BIGINT);
        } else {
            insert.setLong(14, failureId);
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
