package dev.fivewhys.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts a run's results per suite while they stream by, then stores the counts in test_run_suite,
 * so the results page shows "by suite" without counting rows. Memory grows with the number of suites,
 * not of results, and is capped: a report with more suites than {@link #MAX_SUITES} counts the rest
 * under one "(more suites)" line.
 */
final class SuiteTally {

    static final int MAX_SUITES = 10_000;
    static final String MORE_SUITES = "(more suites)";

    private static final class Counts {
        int tests;
        int passed;
        int failed;
        int errored;
        int skipped;
        long durationMs;
    }

    private final Map<String, Counts> bySuite = new HashMap<>();

    void count(String suite, TestStatus status, long durationMs) {
        String key = suite == null ? RunSuite.NO_SUITE : suite;
        Counts counts = bySuite.get(key);
        if (counts == null) {
            if (bySuite.size() >= MAX_SUITES) {
                key = MORE_SUITES;
            }
            counts = bySuite.computeIfAbsent(key, k -> new Counts());
        }
        counts.tests++;
        switch (status) {
            case PASSED -> counts.passed++;
            case FAILED -> counts.failed++;
            case ERRORED -> counts.errored++;
            case SKIPPED -> counts.skipped++;
        }
        counts.durationMs += durationMs;
    }

    void store(Connection connection, long runId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into test_run_suite "
                + "(run_id, suite, tests, passed, failed, errored, skipped, duration_ms) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, Counts> entry : bySuite.entrySet()) {
                Counts counts = entry.getValue();
                insert.setLong(1, runId);
                insert.setString(2, entry.getKey());
                insert.setInt(3, counts.tests);
                insert.setInt(4, counts.passed);
                insert.setInt(5, counts.failed);
                insert.setInt(6, counts.errored);
                insert.setInt(7, counts.skipped);
                insert.setLong(8, counts.durationMs);
                insert.addBatch();
                if (++pending == ResultWriter.BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
