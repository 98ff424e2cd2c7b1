package dev.fivewhys.result;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import dev.fivewhys.core.ColumnReads;
import dev.fivewhys.core.ColumnReads.Counted;

/** A run as a session's page lists it: its totals, read as columns (no entity). */
public record RunLine(long id, long sessionId, String sourceName, Instant uploadedAt, int tests, int passed, int failed,
        int errored,
        int skipped, long durationMs) {

    /** The latest runs of a session and how many it has in all. */
    public record Latest(List<RunLine> runs, long count) {
    }

    /**
     * A session's latest runs (its id, then how many), with the count over all its runs before the limit: one statement
     * instead of a list and a count; {@link #read} reads them.
     */
    public static final String LATEST = """
            select id, session_id, source_name, uploaded_at, tests, passed, failed, errored, skipped, duration_ms,
                   count(*) over ()
            from test_run where session_id = ? order by uploaded_at desc, id desc limit ?""";

    /** "12.3 s", "4 min 05 s", as {@link TestRun#durationDisplay()}. */
    public String durationDisplay() {
        return Durations.display(durationMs);
    }

    public String label() {
        return TestRun.label(id, sourceName);
    }

    /** The run on its session's results page: a page's loop over runs would search for the session's id (Qute). */
    public String resultsHref() {
        return "/sessions/" + sessionId + "/results?run=" + id;
    }

    /** The runs {@link #LATEST} answered; closes its rows. */
    public static Latest read(ResultSet rows) throws SQLException {
        Counted<RunLine> latest = ColumnReads.counted(rows,
                row -> new RunLine(row.getLong(1), row.getLong(2), row.getString(3), row.getTimestamp(4).toInstant(),
                        row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getLong(10)));
        return new Latest(latest.rows(), latest.count());
    }
}
