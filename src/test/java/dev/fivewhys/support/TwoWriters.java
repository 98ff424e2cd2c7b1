package dev.fivewhys.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Two transactions writing at the same moment, in a fixed order: the first writes and holds its transaction open; the
 * second writes until it waits for a lock (or is done, when nothing makes it wait); then the first commits and the
 * second after it. Tests of kept figures use it to show no writer's change is lost whichever order they meet in.
 */
public final class TwoWriters {

    public interface Write {
        void on(Connection connection) throws SQLException;
    }

    private TwoWriters() {
    }

    public static void race(DataSource dataSource, Write first, Write second) throws Exception {
        try (Connection one = dataSource.getConnection(); Connection two = dataSource.getConnection()) {
            one.setAutoCommit(false);
            two.setAutoCommit(false);
            first.on(one);
            long pid = pid(two);
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    second.on(two);
                    two.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            for (int i = 0; i < 200 && !waiting.isDone() && !waitsOnALock(pid); i++) {
                Thread.sleep(50);
            }
            one.commit();
            waiting.get(30, TimeUnit.SECONDS);
        }
    }

    /** One statement with the given ids as its parameters, in order. */
    public static Write write(String sql, long... ids) {
        return connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.length; i++) {
                    statement.setLong(i + 1, ids[i]);
                }
                statement.executeUpdate();
            }
        };
    }

    private static boolean waitsOnALock(long pid) {
        return Uploads.number("select count(*) from pg_stat_activity where pid = ?1 and wait_event_type = 'Lock'",
                (int) pid) == 1;
    }

    private static long pid(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            return result.getLong(1);
        }
    }
}
