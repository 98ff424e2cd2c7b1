package dev.fivewhys.failure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Ties a run's failing results to their failures once the failures exist: failure_test gets one row per affected
 * test, in set-based SQL over the run's failing rows (index test_result_run_status_idx), so no per-test list is ever
 * held in memory. The rows themselves carry their failure_id from the start ({@link KnownFailures}).
 */
final class ResultLinks {

    /** Test keys are cut to the width of failure_test.test_key. */
    static final int TEST_KEY_WIDTH = 1000;

    private ResultLinks() {
    }

    /**
     * @param created the failures this upload created: none of their tests can have a row yet, so theirs are plainly
     *        inserted (an {@code on conflict} insert first probes the key for each row)
     */
    static void link(Connection connection, long runId, LocalDate month, List<Long> created, Instant now)
            throws SQLException {
        // one pass over the run's failing rows, grouped once, feeding both inserts (the key is
        // ResultsIngested.testKey(className, name): the class name, '#', the test name)
        try (PreparedStatement upsert = connection.prepareStatement("with g as (select failure_id, left(coalesce("
                + "class_name, '') || '#' || name, " + TEST_KEY_WIDTH + ") as test_key, max(file) as file, count(*) "
                + "as occurrences from test_result where run_id = ? and stored_month = ? and status in ('FAILED', "
                + "'ERRORED') and failure_id is not null group by 1, 2), fresh as (insert into failure_test (failure_id, "
                + "test_key, file, occurrences, last_seen_at) select failure_id, test_key, file, occurrences, ? from g "
                + "where failure_id = any(?)) "
                + "insert into failure_test (failure_id, test_key, file, occurrences, last_seen_at) select failure_id, "
                + "test_key, file, occurrences, ? from g where not failure_id = any(?) "
                + "on conflict (failure_id, test_key) do update set occurrences = failure_test.occurrences "
                + "+ excluded.occurrences, last_seen_at = greatest(failure_test.last_seen_at, excluded.last_seen_at), "
                + "file = coalesce(excluded.file, failure_test.file)")) {
            Array ids = connection.createArrayOf("bigint", created.toArray());
            upsert.setLong(1, runId);
            upsert.setObject(2, month);
            upsert.setTimestamp(3, Timestamp.from(now));
            upsert.setArray(4, ids);
            upsert.setTimestamp(5, Timestamp.from(now));
            upsert.setArray(6, ids);
            upsert.executeUpdate();
        }
    }
}
