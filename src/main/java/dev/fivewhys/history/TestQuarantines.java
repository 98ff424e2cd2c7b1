package dev.fivewhys.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.scheduler.Scheduled;

/**
 * The only writer of a test's quarantine. A quarantined test still runs and its results are stored and shown, but
 * its failing results open or reopen no failure ({@link TestHistoryBook}); it ends when someone ends it, at its
 * expiry, or after the consecutive passes it asked for. Each change is written in the test's history.
 */
@ApplicationScoped
public class TestQuarantines {

    @Inject
    Clock clock;
    @Inject
    EntityManager entityManager;

    private static final String END = "quarantine_reason = null, quarantine_owner = null, quarantined_until = null, "
            + "quarantine_release_after = null, quarantine_passes = 0, quarantined_by = null, quarantined_at = null, "
            + "version = version + 1";

    /** @throws ValidationProblem naming the first refused field; see {@link QuarantineContent#problems} */
    @Transactional
    public TestCase quarantine(long testId, QuarantineContent content, String actor) {
        Instant now = clock.instant();
        List<QuarantineContent.Problem> problems = content.problems(now);
        if (!problems.isEmpty()) {
            throw new ValidationProblem(problems.get(0).field() + ": " + problems.get(0).message());
        }
        TestCase test = TestCase.<TestCase> findByIdOptional(testId).orElseThrow(NotFoundException::new);
        boolean changed = test.quarantinedAt(now);
        test.quarantineReason = content.reason();
        test.quarantineOwner = content.owner();
        test.quarantinedUntil = content.until();
        test.quarantineReleaseAfter = content.releaseAfterPasses();
        test.quarantinePasses = 0;
        test.quarantinedBy = actor;
        test.quarantinedAt = now;
        TestCaseEvent.record(test.id, now, changed ? TestCaseEvent.QUARANTINE_CHANGED : TestCaseEvent.QUARANTINED,
                content.note(TimeFormat.display(content.until())), actor);
        return test;
    }

    /** Ends a quarantine now; a test not quarantined is left as it is. */
    @Transactional
    public TestCase release(long testId, String actor) {
        Instant now = clock.instant();
        TestCase test = TestCase.<TestCase> findByIdOptional(testId).orElseThrow(NotFoundException::new);
        if (test.quarantinedAt(now)) {
            // one atomic statement: a release racing an upload's release-after-passes ends it once
            int ended = entityManager.createNativeQuery("update test_case set " + END
                    + " where id = ?1 and quarantined_until > ?2").setParameter(1, testId)
                    .setParameter(2, Timestamp.from(now)).executeUpdate();
            if (ended > 0) {
                TestCaseEvent.record(test.id, now, TestCaseEvent.RELEASED, null, actor);
            }
            entityManager.refresh(test);
        }
        return test;
    }

    /** Writes the end of quarantines that expired into their tests' histories; they stopped holding at expiry. */
    @Scheduled(every = "1m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void recordExpired() {
        endExpired(clock.instant());
    }

    @Transactional
    public int endExpired(Instant now) {
        return entityManager.createNativeQuery("with ended as (update test_case set " + END
                + " where quarantined_until is not null and quarantined_until <= ?1 returning id, cast(?1 as timestamptz) as at) "
                + "insert into test_case_event (test_case_id, occurred_at, kind) select id, at, 'EXPIRED' from ended")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    /** Within an upload: quarantines that got their consecutive passes end, each with a line in its history. */
    static int releaseAfterPasses(Connection connection, long projectId, Instant now) throws SQLException {
        // returning reads the updated row: the number of passes asked for comes from the row as it was
        try (PreparedStatement update = connection.prepareStatement("with ended as (update test_case t set " + END
                + " from (select id, quarantine_release_after as n from test_case where project_id = ? "
                + "and quarantined_until > ? and quarantine_release_after is not null "
                + "and quarantine_passes >= quarantine_release_after) o where t.id = o.id returning t.id, o.n) "
                + "insert into test_case_event (test_case_id, occurred_at, kind, note) "
                + "select id, ?, 'PASSED_OUT', 'Passed ' || n || ' times in a row' from ended")) {
            update.setLong(1, projectId);
            update.setTimestamp(2, Timestamp.from(now));
            update.setTimestamp(3, Timestamp.from(now));
            return update.executeUpdate();
        }
    }
}
