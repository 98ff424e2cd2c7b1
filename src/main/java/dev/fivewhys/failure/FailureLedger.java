package dev.fivewhys.failure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.project.Severity;
import dev.fivewhys.session.TestSession;

/**
 * Adds an upload's failing results to the project's failures, inside the upload's transaction and on its
 * connection. Safe with several uploads of one project at once: failure rows are created with
 * {@code insert … on conflict do nothing} (no duplicates), then locked in signature-hash order (no
 * deadlocks), and every count is an SQL increment (no lost updates).
 */
@ApplicationScoped
public class FailureLedger {

    /** The failures an upload touched and how; {@code top} holds the most important ones, for the answer. */
    public record Recorded(List<Long> touchedIds, List<Long> reopenedIds, int created, List<Touched> top) {
    }

    /** A failure as the upload left it; {@code isNew}: first seen in this upload. */
    public record Touched(long id, String title, String signature, Severity severity, FailureStatus status,
            long occurrences, long occurrencesInRun, boolean isNew, boolean reopened) {
    }

    /** How many touched failures the answer to an upload lists. */
    static final int TOP = 500;
    private static final int BATCH_SIZE = 500;
    private static final String FAILING = "status in ('FAILED', 'ERRORED')";

    private record Row(long id, FailureStatus status, boolean created) {
    }

    /**
     * @param connection the upload's connection; its test_result rows of {@code runId} carry signature hashes
     * @param month the stored_month of the run's rows: its statements read that one partition
     * @param reserved the ids its rows of new signatures were written with ({@link KnownFailures#reserved})
     */
    public Recorded record(Connection connection, TestSession session, long runId, LocalDate month, FailureTally tally,
            Map<String, Long> reserved, String actor, Instant now) throws SQLException {
        if (tally.isEmpty()) {
            return new Recorded(List.of(), List.of(), 0, List.of());
        }
        long projectId = session.project.id;
        createMissing(connection, projectId, month, tally, reserved, now);
        Map<String, Row> rows = lock(connection, projectId, tally);
        moveToExisting(connection, month, reserved, rows);
        addCounts(connection, session.id, tally, rows, now);
        List<Long> created = rows.values().stream().filter(Row::created).map(Row::id).toList();
        ResultLinks.link(connection, runId, month, created, now);
        List<Long> ids = rows.values().stream().map(Row::id).toList();
        try (PreparedStatement update = connection.prepareStatement("update failure f set affected_tests = "
                + "(select count(*) from failure_test t where t.failure_id = f.id) where f.id = any(?)")) {
            update.setArray(1, longs(connection, ids));
            update.executeUpdate();
        }
        recordFirstSeen(connection, created, tally, rows, session.id, runId, actor, now);
        Set<Long> reopened = new HashSet<>();
        for (Row row : rows.values()) {
            if (!row.created() && row.status() == FailureStatus.RESOLVED) {
                // loaded after the counts above were added and under this upload's row lock: nothing stale is written back
                Failure failure = Failure.findById(row.id());
                failure.reopen();
                FailureEvent.record(failure, now, FailureEvent.REOPENED, "Seen again in run #" + runId, actor, session);
                reopened.add(row.id());
            }
        }
        Failure.flush();
        return new Recorded(ids, List.copyOf(reopened), created.size(),
                top(connection, tally, rows, ids, reopened));
    }

    /**
     * New signatures become failures, with the id their results were written with ({@link KnownFailures#reserved})
     * and the first of those results as the sample. A failure another upload created meanwhile is left alone by
     * {@code on conflict do nothing}; {@link #moveToExisting} then moves the results to it.
     */
    private static void createMissing(Connection connection, long projectId, LocalDate month, FailureTally tally,
            Map<String, Long> reserved, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        reserved.forEach((hash, id) -> {
            if (tally.get(hash) != null) {
                ids.add(id);
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        // the first result of each new signature (index test_result_failure_idx: its id is this upload's alone); a
        // quarantined test's failing results lost their failure_id: a signature with only those opens no failure
        try (PreparedStatement samples = connection.prepareStatement("select failure_id, signature_hash, failure_type, "
                + "message, trace from test_result where stored_month = ? and id in (select min(id) from test_result "
                + "where failure_id = any(?) and stored_month = ? group by failure_id) order by signature_hash");
                PreparedStatement insert = connection.prepareStatement("insert into failure (id, project_id, "
                        + "signature_hash, signature, failure_type, sample_message, sample_trace, first_seen_at, "
                        + "last_seen_at, occurrences, affected_tests, severity, status, recurring, version) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, 'OPEN', false, 0) "
                        + "on conflict (project_id, signature_hash) do nothing")) {
            samples.setObject(1, month);
            samples.setArray(2, longs(connection, ids));
            samples.setObject(3, month);
            // a cursor: a report with thousands of new failures never holds all their samples at once
            samples.setFetchSize(100);
            int pending = 0;
            try (ResultSet rs = samples.executeQuery()) {
                while (rs.next()) {
                    String hash = rs.getString(2);
                    String type = rs.getString(3);
                    String message = rs.getString(4);
                    insert.setLong(1, rs.getLong(1));
                    insert.setLong(2, projectId);
                    insert.setString(3, hash);
                    insert.setString(4, FailureSignature.of(type, message).text());
                    insert.setString(5, type);
                    insert.setString(6, message);
                    insert.setString(7, rs.getString(5));
                    insert.setTimestamp(8, Timestamp.from(now));
                    insert.setTimestamp(9, Timestamp.from(now));
                    insert.setString(10, tally.get(hash).severity().name());
                    insert.addBatch();
                    if (++pending == BATCH_SIZE) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /**
     * Results written with an id drawn for a failure that another upload created first (its insert won, ours did
     * nothing) go to that failure. Rare: two uploads meeting the same new failure at once.
     */
    private static void moveToExisting(Connection connection, LocalDate month, Map<String, Long> reserved,
            Map<String, Row> rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update test_result set failure_id = ? where failure_id = ? and stored_month = ?")) {
            int pending = 0;
            for (Map.Entry<String, Long> drawn : reserved.entrySet()) {
                Row row = rows.get(drawn.getKey());
                if (row != null && row.id() != drawn.getValue()) {
                    update.setLong(1, row.id());
                    update.setLong(2, drawn.getValue());
                    update.setObject(3, month);
                    update.addBatch();
                    pending++;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    /**
     * Locks the upload's failure rows until it commits. A row with no occurrences yet was created by this
     * upload: every upload adds at least one occurrence to each failure it creates, before it commits.
     */
    private static Map<String, Row> lock(Connection connection, long projectId, FailureTally tally)
            throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, signature_hash, status, occurrences "
                + "from failure where project_id = ? and signature_hash = any(?) order by signature_hash for update")) {
            select.setLong(1, projectId);
            select.setArray(2, connection.createArrayOf("varchar",
                    tally.sorted().stream().map(FailureTally.Share::hash).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(2), new Row(rs.getLong(1), FailureStatus.valueOf(rs.getString(3)),
                            rs.getLong(4) == 0));
                }
            }
        }
        return rows;
    }

    private static void addCounts(Connection connection, long sessionId, FailureTally tally, Map<String, Row> rows,
            Instant now) throws SQLException {
        try (PreparedStatement failure = connection.prepareStatement("update failure set occurrences = occurrences + ?, "
                + "last_seen_at = greatest(last_seen_at, ?), severity = case when ? < severity_rank "
                + "then ? else severity end, version = version + 1 where id = ?");
                PreparedStatement occurrence = connection.prepareStatement("insert into failure_occurrence "
                        + "(failure_id, session_id, occurrences, first_seen_at, last_seen_at) values (?, ?, ?, ?, ?) "
                        + "on conflict (failure_id, session_id) do update set occurrences = "
                        + "failure_occurrence.occurrences + excluded.occurrences, last_seen_at = "
                        + "greatest(failure_occurrence.last_seen_at, excluded.last_seen_at)")) {
            int pending = 0;
            for (FailureTally.Share share : tally.sorted()) {
                long id = rows.get(share.hash()).id();
                failure.setLong(1, share.count());
                failure.setTimestamp(2, Timestamp.from(now));
                failure.setInt(3, share.severity().ordinal());
                failure.setString(4, share.severity().name());
                failure.setLong(5, id);
                failure.addBatch();
                occurrence.setLong(1, id);
                occurrence.setLong(2, sessionId);
                occurrence.setLong(3, share.count());
                occurrence.setTimestamp(4, Timestamp.from(now));
                occurrence.setTimestamp(5, Timestamp.from(now));
                occurrence.addBatch();
                if (++pending == BATCH_SIZE) {
                    failure.executeBatch();
                    occurrence.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                failure.executeBatch();
                occurrence.executeBatch();
            }
        }
    }

    /** Written in a batch, not as entities: a first upload can bring thousands of new failures. */
    private static void recordFirstSeen(Connection connection, List<Long> created, FailureTally tally,
            Map<String, Row> rows, long sessionId, long runId, String actor, Instant now) throws SQLException {
        Map<Long, Long> countById = new HashMap<>();
        rows.forEach((hash, row) -> countById.put(row.id(), tally.get(hash).count()));
        try (PreparedStatement insert = connection.prepareStatement("insert into failure_event (id, failure_id, "
                + "occurred_at, kind, note, actor, session_id) values (nextval('failure_event_seq'), ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (long id : created) {
                long count = countById.get(id);
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setString(3, FailureEvent.FIRST_SEEN);
                insert.setString(4, count + (count == 1 ? " failing result" : " failing results") + " in run #" + runId);
                insert.setString(5, actor);
                insert.setLong(6, sessionId);
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** The touched failures that matter most (worst, then most seen), as the upload left them. */
    private static List<Touched> top(Connection connection, FailureTally tally, Map<String, Row> rows, List<Long> ids,
            Set<Long> reopened) throws SQLException {
        Map<Long, String> hashById = new HashMap<>();
        rows.forEach((hash, row) -> hashById.put(row.id(), hash));
        List<Touched> top = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, failure_type, left(sample_message, 500), "
                + "signature, severity, status, occurrences from failure where id = any(?) "
                + "order by severity_rank, occurrences desc, id limit " + TOP)) {
            select.setArray(1, longs(connection, ids));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String hash = hashById.get(id);
                    top.add(new Touched(id, Failure.titleOf(rs.getString(2), rs.getString(3)), rs.getString(4),
                            Severity.valueOf(rs.getString(5)), FailureStatus.valueOf(rs.getString(6)), rs.getLong(7),
                            tally.get(hash).count(), rows.get(hash).created(), reopened.contains(id)));
                }
            }
        }
        return top;
    }

    private static Array longs(Connection connection, List<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }
}
