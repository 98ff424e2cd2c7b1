package dev.fivewhys.history;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.failure.FailureTally;

/**
 * Adds a run's results to its tests' histories. Every step is one set-based statement over the run's rows, never a
 * statement per result. Only the first step runs in the upload's transaction, because grouping needs it:
 * <ol>
 * <li>failing results of quarantined tests are kept but taken out of failure grouping (no failure opened or
 * reopened, so no GitHub issue and no weight on a go/no-go) ({@link #setQuarantinedAside});</li>
 * </ol>
 * The rest runs after the upload commits, from {@link TestHistoryQueue}, one run of a project at a time in run-id
 * order ({@link #apply}):
 * <ol>
 * <li>each test of the run gets (or creates) its test_case row: its outcome joins the recent ones and the flaky
 * rules are applied to them;</li>
 * <li>when the run names its commit, tests that passed in an earlier run of that commit and failed in this one, or
 * the other way round, are flaky;</li>
 * <li>quarantines that asked for N consecutive passes and got them end.</li>
 * </ol>
 */
@ApplicationScoped
public class TestHistoryBook {

    static final String FAILING = "('FAILED', 'ERRORED')";
    /** The run's rows: its month's partition, or the kept one if retention moved its session's rows there. */
    private static final String RUN_ROWS = ".run_id = ? and %s.stored_month in (?, '-infinity')";

    @Inject
    FlakyRules rules;

    /**
     * What a run did to its tests' histories, for the log; {@code tests}: the tests it added or whose window it
     * changed (a test passing all along is left as it is).
     */
    public record Booked(int tests, int sameCommitFlaky, int released) {
    }

    /**
     * In the upload's transaction, before grouping: failing results of quarantined tests lose their signature, and
     * their signatures leave {@code failures}.
     *
     * @return how many results were set aside
     */
    public int setQuarantinedAside(Connection connection, long projectId, long runId, LocalDate month,
            FailureTally failures, Instant now) throws SQLException {
        int count = 0;
        // most projects quarantine nothing: one probe of test_case_quarantined_idx spares the join of every failing
        // result of the run with its test
        try (PreparedStatement any = connection.prepareStatement("select 1 from test_case where project_id = ? "
                + "and quarantined_until > ? limit 1")) {
            any.setLong(1, projectId);
            any.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = any.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
            }
        }
        // index test_result_run_status_idx finds the run's failing rows, the test_case key index their tests
        try (PreparedStatement update = connection.prepareStatement("with q as (select r.id, r.signature_hash "
                + "from test_result r join test_case c on c.project_id = ? and c.key_hash = " + TestKeys.of("r")
                + " and c.quarantined_until > ? where r.run_id = ? and r.stored_month = ? and r.status in " + FAILING
                + ") update test_result t set signature_hash = null, failure_id = null from q where t.id = q.id "
                + "and t.stored_month = ? returning q.signature_hash")) {
            update.setLong(1, projectId);
            update.setTimestamp(2, Timestamp.from(now));
            update.setLong(3, runId);
            update.setObject(4, month);
            update.setObject(5, month);
            try (ResultSet rs = update.executeQuery()) {
                while (rs.next()) {
                    failures.forget(rs.getString(1));
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * After the upload committed: the run's outcomes join its tests' histories. Called for the runs of a project one
     * at a time, in run-id order ({@link TestHistoryQueue} sees to it).
     *
     * @param commit the commit the run tested, or null
     * @param at when the run was uploaded: the time its histories are written at
     */
    Booked apply(Connection connection, long projectId, long runId, LocalDate month, String commit, Instant at)
            throws SQLException {
        int tests = addOutcomes(connection, projectId, runId, month, at);
        int sameCommit = commit == null ? 0 : sameCommit(connection, projectId, runId, month, commit, at);
        int released = TestQuarantines.releaseAfterPasses(connection, projectId, at);
        return new Booked(tests, sameCommit, released);
    }

    /**
     * One upsert for all of the run's tests. A test's outcome in the run: M when it both passed and failed (repeated
     * in the report), R when it passed on a retry, F failed or errored, P passed, S skipped.
     */
    private int addOutcomes(Connection connection, long projectId, long runId, LocalDate month, Instant now)
            throws SQLException {
        // the rules' settings are numbers of the configuration, written into the statement as such
        int window = Math.min(rules.window(), 200);
        String recent = "right(c.recent || excluded.recent, " + window + ")";
        // most tests only pass: with no failure, retry or commit conflict in the window no rule can hold, and the
        // rules are not evaluated at all (the case stops at its first branch)
        String reason = "(case when translate(" + recent + ", 'PS', '') = '' and c.commit_conflict_run is null "
                + "then null else test_flaky_reason(" + recent + ", c.runs + 1, c.commit_conflict_run, "
                + "c.commit_conflict_sha, " + window + ", " + rules.minRuns() + ", "
                + BigDecimal.valueOf(rules.maxFlipRate()).toPlainString() + ") end)";
        try (PreparedStatement upsert = connection.prepareStatement("insert into test_case as c (project_id, key_hash, "
                + "suite, class_name, name, file, first_seen_at, last_seen_at, last_run_id, runs, recent, flaky, "
                + "flaky_reason, flaky_since) "
                + "select ?, k, suite, class_name, name, file, ?, ?, ?, 1, outcome, outcome in ('R', 'M'), "
                + "case outcome when 'R' then 'passed on a retry' when 'M' then 'passed and failed in one report' end, "
                + "case when outcome in ('R', 'M') then ?::timestamptz end "
                // grouped by the key itself: results that differ only in a null or empty suite are one test
                + "from (select " + TestKeys.of("r") + " as k, min(r.suite) as suite, min(r.class_name) as class_name, "
                + "min(r.name) as name, max(r.file) as file, case "
                + "when bool_or(r.status in " + FAILING + ") and bool_or(r.status = 'PASSED') then 'M' "
                + "when bool_or(r.flaky) and not bool_or(r.status in " + FAILING + ") then 'R' "
                + "when bool_or(r.status in " + FAILING + ") then 'F' when bool_or(r.status = 'PASSED') then 'P' "
                + "else 'S' end as outcome from test_result r where r" + RUN_ROWS.formatted("r") + " group by 1) g "
                + "on conflict (project_id, key_hash) do update set last_seen_at = excluded.last_seen_at, "
                + "last_run_id = excluded.last_run_id, file = coalesce(excluded.file, c.file), runs = c.runs + 1, "
                + "recent = " + recent + ", "
                + "quarantine_passes = case when excluded.recent = 'P' then c.quarantine_passes + 1 else 0 end, "
                + "flaky_reason = " + reason + ", "
                + "flaky = " + reason + " is not null, "
                + "flaky_since = case when " + reason + " is null then null "
                + "else coalesce(c.flaky_since, excluded.last_seen_at) end "
                // a test that passed its whole window and passes again changes nothing the rules read: its row is
                // left alone (runs and last_seen_at count the runs that changed its window), which spares most of
                // an upload's rows an update
                + "where not (excluded.recent = 'P' and c.recent = repeat('P', " + window + ") "
                + "and c.quarantined_until is null)")) {
            int i = 1;
            upsert.setLong(i++, projectId);
            upsert.setTimestamp(i++, Timestamp.from(now));
            upsert.setTimestamp(i++, Timestamp.from(now));
            upsert.setLong(i++, runId);
            upsert.setTimestamp(i++, Timestamp.from(now));
            upsert.setLong(i++, runId);
            upsert.setObject(i++, month);
            return upsert.executeUpdate();
        }
    }

    /**
     * Tests this run failed that passed in an earlier run of its commit, or passed that failed there. Only failing
     * rows are walked (few), each looked up by its test's key in the runs of the commit (index test_result_test_idx).
     * Earlier runs only: the later ones meet this one when they are applied, so the outcome does not depend on when
     * the queue gets to a run.
     */
    private int sameCommit(Connection connection, long projectId, long runId, LocalDate month, String commit,
            Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("with other as (select o.id from test_run o "
                + "join test_session s on s.id = o.session_id where o.commit_sha = ? and o.id < ? and s.project_id = ?), "
                + "conflict as (select " + TestKeys.of("a") + " as k from test_result a where a" + RUN_ROWS.formatted("a")
                + " and a.status in " + FAILING + " and exists (select 1 from test_result b where "
                + TestKeys.same("b", "a") + " and b.run_id in (select id from other) and b.status = 'PASSED') "
                + "union select " + TestKeys.of("b") + " from test_result b where b.run_id in (select id from other) "
                + "and b.status in " + FAILING + " and exists (select 1 from test_result a where "
                + TestKeys.same("a", "b") + " and a" + RUN_ROWS.formatted("a") + " and a.status = 'PASSED')) "
                + "update test_case c set commit_conflict_run = c.runs, commit_conflict_sha = ?, flaky = true, "
                + "flaky_reason = 'passed and failed on commit ' || left(?, 12), "
                + "flaky_since = coalesce(c.flaky_since, ?) from conflict where c.project_id = ? and c.key_hash = conflict.k")) {
            update.setString(1, commit);
            update.setLong(2, runId);
            update.setLong(3, projectId);
            update.setLong(4, runId);
            update.setObject(5, month);
            update.setLong(6, runId);
            update.setObject(7, month);
            update.setString(8, commit);
            update.setString(9, commit);
            update.setTimestamp(10, Timestamp.from(now));
            update.setLong(11, projectId);
            return update.executeUpdate();
        }
    }
}
