package dev.fivewhys.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * PostgreSQL's driver, counting what the app sends: the tests' data source uses it ({@code %test} in
 * application.properties), so {@code PageQueriesTest} sees every round trip a page makes, Hibernate's and plain
 * JDBC's alike (the main pages read mostly over plain JDBC, which a Hibernate statement inspector does not see). Each
 * execution counts once, however many statements its SQL holds: what grows with the data in an N+1 is the executions.
 */
public class CountingDriver implements Driver {

    private static final List<String> SENT = new CopyOnWriteArrayList<>();
    private static volatile boolean counting;

    private final Driver postgresql = new org.postgresql.Driver();

    /** The SQL of each execution while {@code action} ran. */
    public static synchronized List<String> during(Runnable action) {
        SENT.clear();
        counting = true;
        try {
            action.run();
        } finally {
            counting = false;
        }
        return List.copyOf(SENT);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgresql.connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection, new Counted(connection, null));
    }

    /** Passes every call on; hands out counted statements, and counts their executions. */
    private record Counted(Object target, String sql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (counting && name.startsWith("execute")) {
                SENT.add(args != null && args.length > 0 && args[0] instanceof String given ? given : sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof PreparedStatement statement && name.equals("prepareStatement")) {
                return proxy(PreparedStatement.class, statement, new Counted(statement, (String) args[0]));
            }
            if (result instanceof Statement statement && name.equals("createStatement")) {
                return proxy(Statement.class, statement, new Counted(statement, null));
            }
            return result;
        }
    }

    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] { type }, handler));
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgresql.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgresql.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgresql.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgresql.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgresql.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgresql.getParentLogger();
    }
}
