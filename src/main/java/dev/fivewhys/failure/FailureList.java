package dev.fivewhys.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.core.ColumnReads;
import dev.fivewhys.core.SqlValues;
import dev.fivewhys.project.Severity;
import dev.fivewhys.web.TimeFormat;

/**
 * A page of the failures list as its view needs it, read as columns in one round trip: the page's failures with their
 * project's name and whether every test they hit is flaky, how many match, and the projects for the filter. Through
 * Hibernate these were four statements and four round trips, and their translation and mapping cost the view more
 * than the database did.
 *
 * @param broken the page's failures that hit a test that is not flaky, in the list's order
 * @param flaky those every test of which is flaky
 * @param projects each project's slug and name, by name
 */
record FailureList(List<FailureLine> broken, List<FailureLine> flaky, long total, List<String[]> projects) {

    static FailureList read(FailureFilter filter, int page, int size) {
        return ColumnReads.read(connection -> read(connection, filter, page, size));
    }

    private static FailureList read(Connection connection, FailureFilter filter, int page, int size)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = filter.sqlWhere(params);
        // the page first, then the flag for its rows only; the count reads the project only when filtered by it
        String sql = "with listed as (select f.id, f.failure_type, f.sample_message, p.name, f.severity, f.status, "
                + "f.occurrences, f.affected_tests, f.recurring, f.last_seen_at, f.severity_rank, f.project_id "
                + "from failure f join project p on p.id = f.project_id where " + where + " order by " + FailureFilter.BY_IMPACT
                + " limit ? offset ?) select f.*, (select bool_and(" + FlakyFailures.FLAKY_TEST + ") "
                + "from failure_test t where t.failure_id = f.id) from listed f order by " + FailureFilter.BY_IMPACT + ";\n"
                + "select count(*) from " + filter.from() + " where " + where
                + ";\nselect slug, name from project order by name";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object param : params) {
                select.setObject(i++, param);
            }
            select.setInt(i++, size);
            select.setLong(i++, (long) (page - 1) * size);
            for (Object param : params) {
                select.setObject(i++, param);
            }
            select.execute();
            List<FailureLine> broken = new ArrayList<>();
            List<FailureLine> flaky = new ArrayList<>();
            try (ResultSet row = select.getResultSet()) {
                while (row.next()) {
                    boolean onlyFlaky = row.getBoolean(13);
                    (onlyFlaky ? flaky : broken).add(line(row, onlyFlaky));
                }
            }
            select.getMoreResults();
            long total;
            try (ResultSet row = select.getResultSet()) {
                row.next();
                total = row.getLong(1);
            }
            select.getMoreResults();
            List<String[]> projects = new ArrayList<>();
            try (ResultSet row = select.getResultSet()) {
                while (row.next()) {
                    projects.add(new String[] { row.getString(1), row.getString(2) });
                }
            }
            return new FailureList(broken, flaky, total, projects);
        }
    }

    private static FailureLine line(ResultSet row, boolean flaky) throws SQLException {
        Severity severity = Severity.valueOf(row.getString(5));
        FailureStatus status = FailureStatus.valueOf(row.getString(6));
        return new FailureLine(row.getLong(1), Failure.titleOf(row.getString(2), row.getString(3)), row.getBoolean(9),
                flaky, row.getString(4), severity.name(), severity.label, status.name(), status.label, row.getLong(7),
                row.getInt(8), TimeFormat.display(SqlValues.instant(row.getTimestamp(10))));
    }
}
