package dev.fivewhys.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.fivewhys.core.FiveWhysConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps test_result's months: creates the coming ones ahead, and drops whole months past FIVEWHYS_RESULT_RETENTION
 * (none without it). Before a month goes, the rows of sessions marked "keep" move to test_result_kept; the runs
 * that lose their results are marked, so their page says so; runs, suite counts and failures are other tables and
 * keep every count. Each month is dropped in a transaction of its own; two copies doing it at once wait for each
 * other on the table's lock and the second finds nothing left to do.
 */
@ApplicationScoped
public class ResultRetention {

    private static final Logger LOG = Logger.getLogger(ResultRetention.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    ResultPartitions partitions;

    @Inject
    FiveWhysConfig config;

    /** A setting that cannot be read stops the start with a message naming it, rather than every results page. */
    void checkSetting(@Observes StartupEvent event) {
        period();
    }

    /** Once an hour, and shortly after start (not during it: start-up stays short). */
    @Scheduled(every = "1h", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keep() {
        apply(clock.instant());
    }

    /** The configured retention, if any. */
    public Optional<String> period() {
        return config.resultRetention().filter(r -> !r.isBlank()).map(r -> RetentionPeriod.parse(r).display());
    }

    /** @return the months dropped */
    public List<LocalDate> apply(Instant now) {
        partitions.createAhead(now);
        Optional<RetentionPeriod> period = config.resultRetention().filter(r -> !r.isBlank()).map(RetentionPeriod::parse);
        return period.isEmpty() ? List.of() : apply(now, period.get());
    }

    List<LocalDate> apply(Instant now, RetentionPeriod period) {
        // a month goes once all of it is older than the retention: with 13 months, in December 2026 the months
        // before November 2025
        LocalDate oldestKept = ResultPartitions.monthOf(now).minusMonths(period.months());
        List<LocalDate> dropped = new ArrayList<>();
        for (LocalDate month : monthsBefore(oldestKept)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> drop(month, now));
            } catch (RuntimeException e) {
                LOG.warnf("The test results of %s were not removed yet, trying again at the next round: %s", month,
                        e.getMessage());
                return dropped;
            }
            partitions.forget(month);
            dropped.add(month);
            LOG.infof("Removed the test results of %s (older than FIVEWHYS_RESULT_RETENTION)", month);
        }
        QuarkusTransaction.requiringNew().run(() -> releaseUnkept(oldestKept, now));
        return dropped;
    }

    private List<LocalDate> monthsBefore(LocalDate oldestKept) {
        List<LocalDate> months = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select to_date(substring(c.relname from "
                        + "'^test_result_y(\\d{4}m\\d{2})$'), 'YYYY\"m\"MM') as month from pg_inherits i "
                        + "join pg_class c on c.oid = i.inhrelid where i.inhparent = 'test_result'::regclass "
                        + "and c.relname ~ '^test_result_y\\d{4}m\\d{2}$' order by 1")) {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    LocalDate month = rs.getObject(1, LocalDate.class);
                    if (month.isBefore(oldestKept)) {
                        months.add(month);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing the results partitions failed", e);
        }
        return months;
    }

    private void drop(LocalDate month, Instant now) {
        String partition = String.format("test_result_y%04dm%02d", month.getYear(), month.getMonthValue());
        try (Connection connection = dataSource.getConnection()) {
            // the whole table's lock first (dropping a partition takes it anyway): no upload or page is halfway
            // through this month while it goes. A long upload holds it off: then this waits for the next hour, so
            // pages never queue behind it for long.
            execute(connection, "set local lock_timeout = '10s'");
            execute(connection, "lock table test_result in access exclusive mode");
            if (!exists(connection, partition)) {
                return;
            }
            // updated through the partitioned table, a row whose month changes moves to the partition that takes it
            try (PreparedStatement keep = connection.prepareStatement("update test_result set stored_month = "
                    + "'-infinity' where stored_month = ? and session_id in (select id from test_session where keep_results)")) {
                keep.setObject(1, month);
                keep.executeUpdate();
            }
            try (PreparedStatement runs = connection.prepareStatement("update test_run t set results_removed_at = ? "
                    + "where t.uploaded_at >= ? and t.uploaded_at < ? and t.results_removed_at is null "
                    + "and not exists (select 1 from test_session s where s.id = t.session_id and s.keep_results)")) {
                runs.setTimestamp(1, Timestamp.from(now));
                runs.setObject(2, month.atStartOfDay().atOffset(ZoneOffset.UTC));
                runs.setObject(3, month.plusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC));
                runs.executeUpdate();
            }
            execute(connection, "drop table " + partition);
            try (PreparedStatement removal = connection.prepareStatement("insert into result_removal (month, removed_at) "
                    + "values (?, ?) on conflict (month) do nothing")) {
                removal.setObject(1, month);
                removal.setTimestamp(2, Timestamp.from(now));
                removal.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Removing the test results of " + month + " failed", e);
        }
    }

    /** A session no longer marked "keep" loses the results it kept past retention, as the others did. */
    private void releaseUnkept(LocalDate oldestKept, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement runs = connection.prepareStatement("update test_run t set results_removed_at = ? "
                        + "from test_session s where s.id = t.session_id and not s.keep_results "
                        + "and t.uploaded_at < ? and t.results_removed_at is null "
                        + "and exists (select 1 from test_result_kept k where k.run_id = t.id)");
                PreparedStatement delete = connection.prepareStatement("delete from test_result_kept k "
                        + "using test_session s where s.id = k.session_id and not s.keep_results")) {
            runs.setTimestamp(1, Timestamp.from(now));
            runs.setObject(2, oldestKept.atStartOfDay().atOffset(ZoneOffset.UTC));
            runs.executeUpdate();
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Removing results no longer kept failed", e);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select to_regclass(?) is not null")) {
            select.setString(1, table);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
