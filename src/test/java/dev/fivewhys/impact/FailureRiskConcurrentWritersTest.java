package dev.fivewhys.impact;

import static dev.fivewhys.support.TwoWriters.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.TwoWriters;
import dev.fivewhys.support.Uploads;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A failure seen in a session for the first time while, in another transaction, that session passes: whichever
 * commits first, the failure's kept revenue at risk no longer counts the session. Before V16_14 neither writer saw the
 * other and the failure stayed at risk for good.
 */
@QuarkusTest
class FailureRiskConcurrentWritersTest {

    private static final String PASSED = "update test_session set status = 'PASSED', ended_at = now() where id = ?";
    private static final String SEEN = "insert into failure_occurrence (failure_id, session_id, occurrences, "
            + "first_seen_at, last_seen_at) values (?, ?, 1, now(), now())";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFailureSeenWhileItsSessionPassesIsNotAtRisk() throws Exception {
        long session = Fixtures.session("failure-risk-race", "A").session();
        long failure = Fixtures.failure("failure-risk-race", "failure-risk-race-f");
        TwoWriters.race(dataSource, write(SEEN, failure, session), write(PASSED, session));
        assertEquals(0, atRisk(failure), "the session passed: nothing of it at risk");
    }

    @Test
    void aSessionPassingWhileAFailureIsSeenInItLeavesNothingAtRisk() throws Exception {
        long session = Fixtures.session("failure-risk-race", "B").session();
        long failure = Fixtures.failure("failure-risk-race", "failure-risk-race-g");
        TwoWriters.race(dataSource, write(PASSED, session), write(SEEN, failure, session));
        assertEquals(0, atRisk(failure), "the session passed: nothing of it at risk");
    }

    private static long atRisk(long failure) {
        return Uploads.number("select coalesce(sum(sessions), 0) from failure_risk where failure_id = ?1", failure);
    }
}
