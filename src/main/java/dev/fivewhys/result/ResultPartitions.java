package dev.fivewhys.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * test_result has one partition per month of upload (UTC; migration V16_1). They are created ahead by
 * {@link ResultRetention} (this month and the next two), so an upload normally finds its month's partition; when
 * one is missing (a clock set far off, or a copy that has not run its schedule yet) it is created in a short
 * transaction of its own before the upload's, since creating a partition locks the whole table until its
 * transaction ends. Which months exist is remembered per copy only to skip the catalog look-up; the database says.
 */
@ApplicationScoped
public class ResultPartitions {

    static final int MONTHS_AHEAD = 2;

    @Inject
    AgroalDataSource dataSource;

    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    /** The first day of the month (UTC) a result uploaded at {@code at} is stored under. */
    public static LocalDate monthOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).withDayOfMonth(1);
    }

    /** The partition of {@code at}'s month exists when this returns. */
    public void ensure(Instant at) {
        LocalDate month = monthOf(at);
        if (!known.contains(month)) {
            QuarkusTransaction.requiringNew().run(() -> create(month));
            known.add(month);
        }
    }

    /** This month's partition and the next {@link #MONTHS_AHEAD}. */
    void createAhead(Instant now) {
        for (int i = 0; i <= MONTHS_AHEAD; i++) {
            known.remove(monthOf(now).plusMonths(i));
            ensure(monthOf(now).plusMonths(i).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }

    /** A dropped month must be created again if anything is ever written to it. */
    void forget(LocalDate month) {
        known.remove(month);
    }

    private void create(LocalDate month) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement create = connection.prepareStatement("select test_result_month_partition(?)")) {
            create.setObject(1, month);
            create.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Creating the results partition of " + month + " failed", e);
        }
    }
}
