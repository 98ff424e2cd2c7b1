package dev.fivewhys.failure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.core.SqlValues;
import dev.fivewhys.project.Severity;
import io.quarkus.qute.TemplateData;

/**
 * A failure as a session's results page lists it: read as the columns the page shows (no sample trace, no entity), its
 * words and classes made here once, so the template prints each with a single look-up.
 */
@TemplateData
public record SeenFailure(long id, String title, boolean firstSeenHere, boolean recurring, String severity,
        String severityLabel, String status, String statusLabel, long occurrencesHere, long occurrences) {

    // the session's id, then the most to read
    private static final String SEEN_IN_SESSION = """
            from failure_occurrence o join failure f on f.id = o.failure_id where o.session_id = ?
            order by f.severity_rank, o.occurrences desc, f.id limit ?""";

    /**
     * The failures seen in a session (its id, then the most to read), by impact: the most severe first (severity_rank,
     * kept by the database), then the most seen here, with how many the session has in all as the last column;
     * {@link #read} or {@link #of(ResultSet)} reads them.
     */
    public static final String BY_SESSION = """
            select f.id, f.failure_type, f.sample_message, f.severity, f.status, f.recurring, f.occurrences,
                   f.first_seen_at, o.occurrences, o.first_seen_at, count(*) over ()
            """ + SEEN_IN_SESSION;

    /** The ids of the failures {@link #BY_SESSION} lists, with the same parameters. */
    public static final String IDS_BY_SESSION = "select f.id " + SEEN_IN_SESSION;

    /** The failures {@link #BY_SESSION} answered; closes its rows. */
    public static List<SeenFailure> read(ResultSet rows) throws SQLException {
        try (ResultSet row = rows) {
            List<SeenFailure> seen = new ArrayList<>();
            while (row.next()) {
                seen.add(of(row));
            }
            return seen;
        }
    }

    /** A row of {@link #BY_SESSION}. */
    public static SeenFailure of(ResultSet row) throws SQLException {
        Severity severity = Severity.valueOf(row.getString(4));
        FailureStatus status = FailureStatus.valueOf(row.getString(5));
        return new SeenFailure(row.getLong(1), Failure.titleOf(row.getString(2), row.getString(3)),
                FailureOccurrence.firstSeenHere(SqlValues.instant(row.getTimestamp(8)),
                        SqlValues.instant(row.getTimestamp(10))),
                row.getBoolean(6), severity.name(), severity.label, status.name(), status.label, row.getLong(9),
                row.getLong(7));
    }

}
