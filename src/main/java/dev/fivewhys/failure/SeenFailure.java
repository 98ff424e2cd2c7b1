package dev.fivewhys.failure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.fivewhys.project.Severity;
import io.quarkus.qute.TemplateData;

/**
 * A failure as a session's results page lists it: read as the columns the page shows (no sample trace, no entity), its
 * words and classes made here once, so the template prints each with a single look-up.
 */
@TemplateData
public record SeenFailure(long id, String title, boolean firstSeenHere, boolean recurring, String severity,
        String severityLabel, String status, String statusLabel, long occurrencesHere, long occurrences) {

    /** The failures seen in a session, by impact: the most severe first, then the most seen here. */
    public static List<SeenFailure> listBySession(long sessionId, int limit) {
        return FailureOccurrence.getEntityManager().createQuery("select f.id, f.failureType, f.sampleMessage, "
                + "f.severity, f.status, f.recurring, f.occurrences, f.firstSeenAt, o.occurrences, o.firstSeenAt "
                + "from FailureOccurrence o join o.failure f where o.sessionId = ?1 "
                + "order by f.severityRank, o.occurrences desc, f.id",
                Object[].class).setParameter(1, sessionId)
                .setMaxResults(limit).getResultList().stream().map(SeenFailure::of).toList();
    }

    /**
     * The same list in SQL for a read of plain JDBC (the session's id, then the limit), with how many the session has
     * in all as the last column.
     */
    public static final String BY_SESSION_SQL = "select f.id, f.failure_type, f.sample_message, f.severity, f.status, "
            + "f.recurring, f.occurrences, f.first_seen_at, o.occurrences, o.first_seen_at, count(*) over () "
            + "from failure_occurrence o join failure f on f.id = o.failure_id where o.session_id = ? "
            + "order by f.severity_rank, o.occurrences desc, f.id limit ?";

    /** A row of {@link #BY_SESSION_SQL}. */
    public static SeenFailure of(ResultSet row) throws SQLException {
        return of(new Object[] { row.getLong(1), row.getString(2), row.getString(3),
                Severity.valueOf(row.getString(4)), FailureStatus.valueOf(row.getString(5)), row.getBoolean(6),
                row.getLong(7), instant(row.getTimestamp(8)), row.getLong(9), instant(row.getTimestamp(10)) });
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static SeenFailure of(Object[] row) {
        Severity severity = (Severity) row[3];
        FailureStatus status = (FailureStatus) row[4];
        return new SeenFailure((Long) row[0], Failure.titleOf((String) row[1], (String) row[2]),
                FailureOccurrence.firstSeenHere((Instant) row[7], (Instant) row[9]), (Boolean) row[5],
                severity.name(), severity.label, status.name(), status.label, (Long) row[8], (Long) row[6]);
    }
}
