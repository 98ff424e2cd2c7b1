package dev.fivewhys.result;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes a run's results to test_result with PostgreSQL's COPY (the driver's CopyManager) on the upload's own
 * connection, so they are part of its transaction: the rows stream to the database as they are encoded
 * ({@link CopyText}), at most one 64 KB chunk waits in memory, and the database parses them as COPY does, without
 * a statement per batch. A COPY holds the connection until it ends, so {@link #pause()} ends it when the upload
 * needs the connection for a query (looking up failures it has not seen yet); the next row starts another.
 */
final class ResultWriter implements AutoCloseable {

    /** How many cases the reading thread hands over at once. */
    static final int BATCH_SIZE = 1000;

    // column widths of test_result: a longer value would fail the whole upload, so it is cut to fit
    static final int SUITE_WIDTH = 1000;
    static final int CLASS_WIDTH = 1000;
    static final int NAME_WIDTH = 2000;
    static final int FILE_WIDTH = 1000;
    static final int TYPE_WIDTH = 500;

    static final String COLUMNS = "run_id, session_id, suite, class_name, name, file, status, duration_ms, flaky, "
            + "failure_type, message, trace, signature_hash, failure_id, stored_month";

    private final CopyManager copies;
    private final CopyText text = new CopyText(this::send);
    private final long runId;
    private final long sessionId;
    private final String month;
    private CopyIn copy;
    private long written;

    /** @param month the partition the rows go to: the first day of the run's month ({@link ResultPartitions}) */
    ResultWriter(Connection connection, long runId, long sessionId, LocalDate month) throws SQLException {
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
        this.runId = runId;
        this.sessionId = sessionId;
        this.month = month.toString();
    }

    /** @param failureId the failure of a failing case when already known, else null */
    void write(ReportReader.ReadCase readCase, Long failureId) throws SQLException {
        if (copy == null) {
            copy = copies.copyIn("copy test_result (" + COLUMNS + ") from stdin");
        }
        text.value(runId).value(sessionId).value(readCase.suite()).value(readCase.className()).value(readCase.name())
                .value(readCase.file()).value(readCase.status().name()).value(readCase.durationMillis())
                .value(readCase.flaky()).value(readCase.failureType()).value(readCase.message())
                .value(readCase.trace()).value(readCase.signatureHash()).value(failureId).value(month).endRow();
    }

    /** Ends the COPY under way, if any, so the connection can run queries; every row written so far is stored. */
    void pause() throws SQLException {
        if (copy != null) {
            text.flush();
            written += copy.endCopy();
            copy = null;
        }
    }

    /** How many rows the COPYs ended so far stored. */
    long written() {
        return written;
    }

    private void send(byte[] bytes, int length) throws SQLException {
        copy.writeToCopy(bytes, 0, length);
    }

    /** A COPY still under way here means the upload failed: cancel it, so the transaction can roll back. */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            CopyIn active = copy;
            copy = null;
            active.cancelCopy();
        }
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
