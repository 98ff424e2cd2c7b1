package dev.fivewhys.result;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired (synchronously, inside the upload's transaction) after a test run's results are stored and
 * its failures grouped. Observers react in the same transaction: a passing rerun verifies fixes, a
 * reopened failure reopens its analysis, GitHub sync jobs are queued.
 *
 * @param sessionId the session the run belongs to
 * @param runId the stored run; its rows are in test_result with this run_id
 * @param storedMonth the run's rows' stored_month: statements on them read that one partition
 * @param touchedFailureIds every failure this run added occurrences to
 * @param reopenedFailureIds failures that were resolved and came back with this run
 */
public record ResultsIngested(long sessionId, long runId, LocalDate storedMonth, List<Long> touchedFailureIds,
        List<Long> reopenedFailureIds) {

    /** How a test is named in failure_test.test_key and when matching results to a failure's tests. */
    public static String testKey(String className, String name) {
        return (className == null ? "" : className) + "#" + name;
    }
}
