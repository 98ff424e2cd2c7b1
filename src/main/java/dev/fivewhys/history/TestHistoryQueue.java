package dev.fivewhys.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs whose results are stored but not yet in their tests' histories (table test_history_pending), and the one
 * piece of code that applies them ({@link TestHistoryBook#apply}), used by the worker after each upload, by the
 * sweep, and by tests.
 * <p>
 * A project's runs are applied one per transaction, in run-id order, by one copy of the app at a time (a lock per
 * project). A run is applied only when no upload of its project is still under way: such an upload may hold a lower
 * run id than the runs already committed, and it would otherwise be applied after them.
 */
@ApplicationScoped
public class TestHistoryQueue {

    private static final Logger LOG = Logger.getLogger(TestHistoryQueue.class);
    /** Advisory lock namespaces, with the project as second key: uploads under way (shared), applying (exclusive). */
    private static final int UPLOADING = 1403;
    private static final int APPLYING = 1404;
    private static final String PROJECT_KEY = "cast(mod(?, 2147483647) as int)";
    private static final int MAX_ERROR = 2000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    TestHistoryBook book;
    @Inject
    Event<HistoryQueued> queued;

    /** What the queue holds, for the readiness check and the test page. */
    public record Standing(long waiting, long failing, String lastError) {
    }

    /**
     * At the start of an upload's transaction, before its run gets an id: marks an upload of the project under way
     * until the transaction ends. Shared, so uploads never wait for one another.
     */
    public void uploadStarting(Connection connection, long projectId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock_shared(" + UPLOADING
                + ", " + PROJECT_KEY + ")")) {
            lock.setLong(1, projectId);
            lock.execute();
        }
    }

    /** In the upload's transaction: the run waits for its histories; the worker is told once the upload commits. */
    public void enqueue(Connection connection, long projectId, long runId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into test_history_pending (run_id, project_id, queued_at) values (?, ?, ?)")) {
            insert.setLong(1, runId);
            insert.setLong(2, projectId);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
        }
        queued.fire(new HistoryQueued(projectId));
    }

    /**
     * Applies every waiting run that can be applied now; a project another copy is applying, or with an upload under
     * way, is left to whoever holds it or to the next sweep.
     *
     * @return the runs applied
     */
    public int drain() {
        return drain(false);
    }

    /** As {@link #drain}, but waits for a copy applying a project to finish instead of leaving it: for tests. */
    public int drainNow() {
        return drain(true);
    }

    private int drain(boolean wait) {
        int applied = 0;
        for (long projectId : projectsWaiting()) {
            applied += drain(projectId, wait);
        }
        return applied;
    }

    /** The project's waiting runs, oldest first, until none is left or one cannot be applied now. */
    int drain(long projectId, boolean wait) {
        int applied = 0;
        while (true) {
            long[] run = { 0 };
            try {
                if (!QuarkusTransaction.requiringNew().call(() -> applyOldest(projectId, wait, run))) {
                    return applied;
                }
                applied++;
            } catch (RuntimeException e) {
                if (run[0] == 0) {
                    LOG.errorf(e, "Bringing the test histories of project %d up to date failed; tried again later",
                            projectId);
                    return applied;
                }
                failed(run[0], e);
                // a project's runs are applied in order: its later runs wait for this one
                return applied;
            }
        }
    }

    private boolean applyOldest(long projectId, boolean wait, long[] claimed) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, projectId, wait) || uploadUnderWay(connection, projectId)) {
                return false;
            }
            try (PreparedStatement next = connection.prepareStatement("select p.run_id, t.commit_sha, t.uploaded_at, "
                    + "p.queued_at, p.retry_at > ? from test_history_pending p join test_run t on t.id = p.run_id "
                    + "where p.project_id = ? order by p.run_id limit 1")) {
                next.setTimestamp(1, Timestamp.from(clock.instant()));
                next.setLong(2, projectId);
                try (ResultSet rs = next.executeQuery()) {
                    // a deleted run took its queue row with it (on delete cascade): it is never met here
                    if (!rs.next() || rs.getBoolean(5)) {
                        return false;
                    }
                    claimed[0] = rs.getLong(1);
                    Instant uploadedAt = rs.getTimestamp(3).toInstant();
                    long started = System.nanoTime();
                    TestHistoryBook.Booked booked = book.apply(connection, projectId, claimed[0],
                            monthOf(uploadedAt), rs.getString(2), uploadedAt);
                    done(connection, claimed[0]);
                    LOG.infof("Added run %d to its tests' histories in %d ms, %d ms after its upload started: %d tests' "
                            + "histories changed, %d flaky on one commit, %d quarantines ended after their passes",
                            claimed[0], (System.nanoTime() - started) / 1_000_000,
                            Duration.between(rs.getTimestamp(4).toInstant(), clock.instant()).toMillis(), booked.tests(),
                            booked.sameCommitFlaky(), booked.released());
                    return true;
                }
            }
        }
    }

    /** The project's lock for applying runs, until the transaction ends. */
    private static boolean lock(Connection connection, long projectId, boolean wait) throws SQLException {
        String sql = wait ? "select true from (select pg_advisory_xact_lock(" + APPLYING + ", " + PROJECT_KEY + ")) l"
                : "select pg_try_advisory_xact_lock(" + APPLYING + ", " + PROJECT_KEY + ")";
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setLong(1, projectId);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Whether an upload of the project is under way: tried by taking the uploads' lock alone for an instant. When it
     * is free, every upload that started before has committed or rolled back, and any later one gets a higher run id.
     */
    private static boolean uploadUnderWay(Connection connection, long projectId) throws SQLException {
        try (PreparedStatement probe = connection.prepareStatement("select case when pg_try_advisory_lock(" + UPLOADING
                + ", " + PROJECT_KEY + ") then pg_advisory_unlock(" + UPLOADING + ", " + PROJECT_KEY + ") else false end")) {
            probe.setLong(1, projectId);
            probe.setLong(2, projectId);
            try (ResultSet rs = probe.executeQuery()) {
                return !(rs.next() && rs.getBoolean(1));
            }
        }
    }

    private static void done(Connection connection, long runId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from test_history_pending where run_id = ?")) {
            delete.setLong(1, runId);
            delete.executeUpdate();
        }
    }

    /** Its work was rolled back; what is kept is that it failed, why, and when to try again (later each time). */
    private void failed(long runId, RuntimeException e) {
        String reason = reason(e);
        int attempts = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement("update test_history_pending set "
                            + "attempts = attempts + 1, last_error = ?, retry_at = cast(? as timestamptz) + least(attempts + 1, 60) * "
                            + "interval '10 seconds' where run_id = ? returning attempts")) {
                update.setString(1, reason);
                update.setTimestamp(2, Timestamp.from(clock.instant()));
                update.setLong(3, runId);
                try (ResultSet rs = update.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
        LOG.errorf(e, "Adding run %d to its tests' histories failed (attempt %d); its project's later runs wait for it, "
                + "tried again in %d s", runId, attempts, Math.min(attempts, 60) * 10);
    }

    private List<Long> projectsWaiting() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> projects = new ArrayList<>();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "select distinct project_id from test_history_pending order by project_id");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    projects.add(rs.getLong(1));
                }
            }
            return projects;
        });
    }

    /** Runs waiting, of them those that failed at least once, and the latest error. */
    public Standing standing() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement("select count(*), count(*) filter (where "
                            + "attempts > 0), (select last_error from test_history_pending where last_error is not null "
                            + "order by retry_at desc limit 1) from test_history_pending");
                    ResultSet rs = select.executeQuery()) {
                rs.next();
                return new Standing(rs.getLong(1), rs.getLong(2), rs.getString(3));
            }
        });
    }

    /** Runs of the project not yet in its tests' histories. */
    public long waiting(long projectId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection
                            .prepareStatement("select count(*) from test_history_pending where project_id = ?")) {
                select.setLong(1, projectId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    static LocalDate monthOf(Instant at) {
        return LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).withDayOfMonth(1);
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
