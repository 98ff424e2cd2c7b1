package dev.fivewhys.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Reads a page's columns with plain JDBC over the request's own connection, where hydrating entities cost more than
 * the database did. Plain JDBC does not flush as a Hibernate query does: inside a transaction what it changed is
 * flushed first, so the read sees it (a fix just deployed decides its session's go/no-go); a page reads outside one
 * and has nothing to flush.
 */
public final class ColumnReads {

    private ColumnReads() {
    }

    public static <T> T read(ReturningWork<T> work) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        if (session.isJoinedToTransaction()) {
            session.flush();
        }
        return session.doReturningWork(work);
    }

    /** Reads the current row of a result into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The rows a page shows and how many there are in all. */
    public record Counted<T>(List<T> rows, long count) {
    }

    /**
     * The rows of a statement whose last column counts them all before its limit ({@code count(*) over ()}): the rows
     * and their count in one statement instead of two. Closes the rows.
     */
    public static <T> Counted<T> counted(ResultSet rows, RowReader<T> reader) throws SQLException {
        try (ResultSet row = rows) {
            int countColumn = row.getMetaData().getColumnCount();
            List<T> read = new ArrayList<>();
            long count = 0;
            while (row.next()) {
                read.add(reader.read(row));
                count = row.getLong(countColumn);
            }
            return new Counted<>(read, count);
        }
    }
}
