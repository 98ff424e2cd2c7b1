package dev.fivewhys.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.web.Paging;
import io.agroal.api.AgroalDataSource;

/**
 * Reads one page of a run's results (test_result is written and read with JDBC only). Every query is
 * bounded by the run (index on run_id, status, id), reads one page, and takes its total from the counts
 * kept at upload, except a name search, which counts its matches among the run's rows.
 */
@ApplicationScoped
public class ResultSearch {

    public static final int PAGE_SIZE = 50;

    @Inject
    AgroalDataSource dataSource;

    public Paging<ResultRow> page(TestRun run, ResultFilter filter, int page) {
        // the run's month, or the rows of a kept session moved out of a dropped month: two partitions are read
        StringBuilder where = new StringBuilder(" from test_result where run_id = ? and stored_month in (?, '-infinity')");
        List<Object> params = new ArrayList<>();
        params.add(run.id);
        params.add(run.storedMonth());
        if (filter.status() != null) {
            where.append(" and status = ?");
            params.add(filter.status());
        }
        if (filter.suite() != null) {
            where.append(filter.suite().isEmpty() ? " and suite is null" : " and suite = ?");
            if (!filter.suite().isEmpty()) {
                params.add(filter.suite());
            }
        }
        if (filter.q() != null) {
            where.append(" and (name ilike ? escape '\\' or class_name ilike ? escape '\\')");
            String pattern = "%" + escapeLike(filter.q()) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        try (Connection connection = dataSource.getConnection()) {
            long total = filter.q() == null ? knownTotal(run, filter) : count(connection, where, params);
            int current = Math.min(page, Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE)));
            List<ResultRow> rows = new ArrayList<>();
            // failing results first: 'ERRORED' < 'FAILED' < 'PASSED' < 'SKIPPED'
            try (PreparedStatement select = connection.prepareStatement("select id, suite, class_name, name, file, "
                    + "status, duration_ms, flaky, failure_type, left(message, 1000), failure_id" + where
                    + " order by status, id limit ? offset ?")) {
                bind(select, params);
                select.setInt(params.size() + 1, PAGE_SIZE);
                select.setLong(params.size() + 2, (long) (current - 1) * PAGE_SIZE);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ResultRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), TestStatus.valueOf(rs.getString(6)), rs.getLong(7), rs.getBoolean(8),
                                rs.getString(9), rs.getString(10), rs.getObject(11, Long.class)));
                    }
                }
            }
            return new Paging<>(rows, current, PAGE_SIZE, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the results of run " + run.id + " failed", e);
        }
    }

    /** Without a name search the counts kept at upload give the total. */
    private static long knownTotal(TestRun run, ResultFilter filter) {
        if (filter.suite() != null) {
            RunSuite suite = RunSuite.findByRunAndSuite(run.id, filter.suite());
            if (suite == null) {
                return 0;
            }
            return filter.status() == null ? suite.tests
                    : byStatus(filter.status(), suite.passed, suite.failed,
                            suite.errored, suite.skipped);
        }
        return filter.status() == null ? run.tests
                : byStatus(filter.status(), run.passed, run.failed, run.errored, run.skipped);
    }

    private static long byStatus(String status, int passed, int failed, int errored, int skipped) {
        return switch (TestStatus.valueOf(status)) {
            case PASSED -> passed;
            case FAILED -> failed;
            case ERRORED -> errored;
            case SKIPPED -> skipped;
        };
    }

    private static long count(Connection connection, StringBuilder where, List<Object> params) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*)" + where)) {
            bind(count, params);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
