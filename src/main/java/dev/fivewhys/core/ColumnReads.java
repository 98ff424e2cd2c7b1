package dev.fivewhys.core;

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
}
