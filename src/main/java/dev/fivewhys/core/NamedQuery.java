package dev.fivewhys.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A native statement with named parameters ({@code :from}, a collection expanded as {@code :ids} is by Hibernate) read
 * with plain JDBC through {@link ColumnReads}: the statement PostgreSQL gets is the one Hibernate sent, without
 * Hibernate resolving a result mapping and binding parameters on every execution. A {@code ::} cast and quoted text
 * are left alone; SQL comments are not read as such, so a statement keeps them out (a quote in one would be taken as
 * the start of quoted text).
 */
public final class NamedQuery {

    private final String sql;
    private final Map<String, Object> parameters = new HashMap<>();

    public NamedQuery(String sql) {
        this.sql = sql;
    }

    /** An {@link Instant} is bound as a timestamp, as Hibernate binds {@code Timestamp.from(instant)}. */
    public NamedQuery set(String name, Object value) {
        parameters.put(name, value instanceof Instant instant ? Timestamp.from(instant) : value);
        return this;
    }

    /** Sets the parameter only when the value is not null: for a clause added only then (a project's). */
    public NamedQuery setIfPresent(String name, Object value) {
        return value == null ? this : set(name, value);
    }

    /** Every row, each read by the reader, over the request's connection. */
    public <T> List<T> list(ColumnReads.RowReader<T> reader) {
        return ColumnReads.read(connection -> list(connection, reader));
    }

    /** The first row, which an aggregate without grouping always has. */
    public <T> T single(ColumnReads.RowReader<T> reader) {
        List<T> rows = list(reader);
        if (rows.isEmpty()) {
            throw new IllegalStateException("no row from " + sql);
        }
        return rows.get(0);
    }

    /** The rows, and how many there are in all from the statement's last column ({@link ColumnReads#counted}). */
    public <T> ColumnReads.Counted<T> counted(ColumnReads.RowReader<T> reader) {
        return ColumnReads.read(connection -> {
            try (PreparedStatement statement = prepare(connection)) {
                return ColumnReads.counted(statement.executeQuery(), reader);
            }
        });
    }

    private <T> List<T> list(Connection connection, ColumnReads.RowReader<T> reader) throws SQLException {
        try (PreparedStatement statement = prepare(connection); ResultSet row = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(reader.read(row));
            }
            return rows;
        }
    }

    private PreparedStatement prepare(Connection connection) throws SQLException {
        List<Object> values = new ArrayList<>();
        PreparedStatement statement = connection.prepareStatement(positional(values));
        try {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** The statement with a {@code ?} for each parameter, their values in order into {@code values}. */
    String positional(List<Object> values) {
        StringBuilder out = new StringBuilder(sql.length());
        Set<String> used = new HashSet<>();
        int length = sql.length();
        for (int i = 0; i < length; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? length - 1 : end;
                out.append(sql, i, end + 1);
                i = end;
            } else if (c == ':' && i + 1 < length && sql.charAt(i + 1) == ':') {
                out.append("::");
                i++;
            } else if (c == ':' && i + 1 < length && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < length && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("parameter :" + name + " is not set for " + sql);
                }
                used.add(name);
                bind(out, parameters.get(name), values);
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        if (!used.containsAll(parameters.keySet())) {
            throw new IllegalArgumentException("parameters " + parameters.keySet() + " set, only " + used + " in " + sql);
        }
        return out.toString();
    }

    private static void bind(StringBuilder out, Object value, List<Object> values) {
        if (value instanceof Collection<?> many) {
            if (many.isEmpty()) {
                throw new IllegalArgumentException("an empty list cannot be bound");
            }
            int at = 0;
            for (Object one : many) {
                out.append(at++ == 0 ? "?" : ", ?");
                values.add(one);
            }
        } else {
            out.append('?');
            values.add(value);
        }
    }
}
