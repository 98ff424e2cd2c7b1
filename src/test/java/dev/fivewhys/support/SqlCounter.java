package dev.fivewhys.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Sees every SQL statement Hibernate sends (queries, native SQL, lazy loads, flushes): {@code PageQueriesTest}
 * counts what one page costs. Plain JDBC on the data source (the results page's one query of its rows, uploads)
 * is not seen here.
 */
@PersistenceUnitExtension
public class SqlCounter implements StatementInspector {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();
    private static volatile boolean counting;

    @Override
    public String inspect(String sql) {
        if (counting) {
            SEEN.add(sql);
        }
        return sql;
    }

    /** The statements sent while {@code action} ran. */
    public static synchronized List<String> during(Runnable action) {
        SEEN.clear();
        counting = true;
        try {
            action.run();
        } finally {
            counting = false;
        }
        return List.copyOf(SEEN);
    }
}
