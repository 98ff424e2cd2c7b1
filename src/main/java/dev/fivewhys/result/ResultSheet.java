package dev.fivewhys.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.fivewhys.core.ColumnReads;
import dev.fivewhys.core.ColumnReads.Counted;
import dev.fivewhys.core.SqlValues;
import dev.fivewhys.failure.SeenFailure;

/**
 * What a session's results page shows around the results themselves, read as columns in one round trip: the session's
 * heading, its latest runs, the suites of the run shown, the failures seen in it (each list with how many there are in
 * all) and the last month removed. Through Hibernate these were five statements and five round trips, and building
 * their queries and entities cost the view more than the database did. The runs, suites and removal are the entities'
 * classes filled from the columns, not managed: the page only reads them.
 *
 * @param run the run shown: the one asked for when it is among the latest, else the latest (null without runs)
 */
record ResultSheet(SessionHeading session, List<TestRun> runs, long runCount, TestRun run, List<RunSuite> suites,
        long suiteCount, List<SeenFailure> failures, long failureCount, ResultRemoval lastRemoval) {

    private static final String RUN_COLUMNS = "id, source_name, uploaded_by, uploaded_at, tests, passed, failed, "
            + "errored, skipped, flaky, duration_ms, commit_sha, branch, ci_job, ci_job_url, environment, "
            + "results_removed_at";

    // the suites are those of the run asked for, or of the latest when none is: the same run the page then shows
    private static final String SQL = "select s.title, s.keep_results, p.slug from test_session s "
            + "join project p on p.id = s.project_id where s.id = ?;\n"
            + "select " + RUN_COLUMNS + ", count(*) over () from test_run where session_id = ? "
            + "order by uploaded_at desc, id desc limit ?;\n"
            + "select suite, tests, passed, failed, errored, skipped, duration_ms, run_id, count(*) over () "
            + "from test_run_suite where run_id = coalesce(?, (select id from test_run where session_id = ? "
            + "order by uploaded_at desc, id desc limit 1)) order by failed + errored desc, suite limit ?;\n"
            + SeenFailure.BY_SESSION + ";\n"
            + "select month, removed_at from result_removal order by month desc limit 1";

    /** The sheet of the session, or null when there is none of this id; {@code runId} may be null (the latest). */
    static ResultSheet read(long sessionId, Long runId, int runsShown, int suitesShown, int failuresShown) {
        return ColumnReads.read(connection -> read(connection, sessionId, runId, runsShown, suitesShown,
                failuresShown));
    }

    private static ResultSheet read(Connection connection, long sessionId, Long runId, int runsShown, int suitesShown,
            int failuresShown) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setLong(1, sessionId);
            select.setLong(2, sessionId);
            select.setInt(3, runsShown);
            select.setObject(4, runId, java.sql.Types.BIGINT);
            select.setLong(5, sessionId);
            select.setInt(6, suitesShown);
            select.setLong(7, sessionId);
            select.setInt(8, failuresShown);
            select.execute();
            SessionHeading session;
            try (ResultSet row = select.getResultSet()) {
                if (!row.next()) {
                    return null;
                }
                session = new SessionHeading(sessionId, row.getString(1), row.getBoolean(2), row.getString(3));
            }
            select.getMoreResults();
            Counted<TestRun> runs = ColumnReads.counted(select.getResultSet(), ResultSheet::run);
            select.getMoreResults();
            Counted<RunSuite> suites = ColumnReads.counted(select.getResultSet(), ResultSheet::suite);
            select.getMoreResults();
            Counted<SeenFailure> failures = ColumnReads.counted(select.getResultSet(), SeenFailure::of);
            select.getMoreResults();
            ResultRemoval removal = null;
            try (ResultSet row = select.getResultSet()) {
                if (row.next()) {
                    removal = new ResultRemoval();
                    removal.month = row.getObject(1, java.time.LocalDate.class);
                    removal.removedAt = SqlValues.instant(row.getTimestamp(2));
                }
            }
            TestRun run = runs.rows().stream().filter(r -> runId == null || r.id.equals(runId)).findFirst().orElse(null);
            return new ResultSheet(session, runs.rows(), runs.count(), run, suites.rows(), suites.count(), failures.rows(),
                    failures.count(), removal);
        }
    }

    private static TestRun run(ResultSet row) throws SQLException {
        TestRun run = new TestRun();
        run.id = row.getLong(1);
        run.sourceName = row.getString(2);
        run.uploadedBy = row.getString(3);
        run.uploadedAt = SqlValues.instant(row.getTimestamp(4));
        run.tests = row.getInt(5);
        run.passed = row.getInt(6);
        run.failed = row.getInt(7);
        run.errored = row.getInt(8);
        run.skipped = row.getInt(9);
        run.flaky = row.getInt(10);
        run.durationMs = row.getLong(11);
        run.commitSha = row.getString(12);
        run.branch = row.getString(13);
        run.ciJob = row.getString(14);
        run.ciJobUrl = row.getString(15);
        run.environment = row.getString(16);
        run.resultsRemovedAt = SqlValues.instant(row.getTimestamp(17));
        return run;
    }

    private static RunSuite suite(ResultSet row) throws SQLException {
        RunSuite suite = new RunSuite();
        suite.suite = row.getString(1);
        suite.tests = row.getInt(2);
        suite.passed = row.getInt(3);
        suite.failed = row.getInt(4);
        suite.errored = row.getInt(5);
        suite.skipped = row.getInt(6);
        suite.durationMs = row.getLong(7);
        suite.runId = row.getLong(8);
        return suite;
    }

}
