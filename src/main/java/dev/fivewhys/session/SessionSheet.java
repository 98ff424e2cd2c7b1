package dev.fivewhys.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.fivewhys.core.ColumnReads;
import dev.fivewhys.core.SqlValues;

/**
 * A session as its page shows it: its own columns, its project's and the session it continues, its phases with their
 * suites, its success criteria and its timeline, read as columns over the caller's connection in one round trip (four
 * statements sent together, with the statements of the {@link SheetPart}s other features show on the page). As
 * entities these cost the page more than its database time: the session, its project and the session it continues
 * hydrated whole, and each collection loaded lazily through Hibernate's own statement.
 *
 * @param timeline every entry, in timeline order (occurred, then id)
 * @param parts what other features show on the page, kept by {@link #part} for the view
 */
public record SessionSheet(long id, ProjectRef project, String title, String mission, String environment,
        SessionStatus status, Instant startedAt, Instant endedAt, String target, String performanceTarget,
        BusinessImpact impact, SessionRef continues, List<Phase> phases, List<Criterion> criteria,
        List<Entry> timeline, Map<Class<?>, Object> parts) {

    /**
     * A part of the page another feature reads (its story…), read once per view however often the template names it.
     * The template names it as {@code session.story} rather than through a {@code let}: each name a let's body takes
     * from outside it costs a search of every value resolver at the let's level (Qute's
     * {@code ValueResolvers.matchClass}, 12% of the page's CPU with the story in a let).
     */
    public <T> T part(Class<T> type, Supplier<T> read) {
        Object part = parts.get(type);
        if (part == null) {
            part = read.get();
            parts.put(type, part);
        }
        return type.cast(part);
    }

    /** A part read with the sheet ({@link SheetPart}). */
    public <T> T part(Class<T> type) {
        Object part = parts.get(type);
        if (part == null) {
            throw new IllegalStateException("the session's sheet was read without its part " + type.getSimpleName());
        }
        return type.cast(part);
    }

    public record ProjectRef(long id, String slug, String name) {
    }

    public record SessionRef(long id, String title) {
    }

    public record Phase(int position, String name, String priority, String description, List<Suite> suites) {
    }

    public record Suite(String path, String description, Integer expectedCount) {
    }

    public record Criterion(String text, CriterionState state) {
    }

    /** A timeline entry; its body is markdown. */
    public record Entry(long id, Instant occurredAt, String title, String body, String author, boolean writtenByApp) {
    }

    // one round trip: PostgreSQL's driver sends the four statements together and answers with four results
    private static final String SQL = """
            select s.title, s.mission, s.environment, s.status, s.started_at, s.ended_at, s.target,
                   s.performance_target, s.impact_amount_minor, s.impact_currency, s.impact_basis, s.impact_note,
                   p.id, p.slug, p.name, c.id, c.title
            from test_session s join project p on p.id = s.project_id
            left join test_session c on c.id = s.continues_session_id
            where s.id = ?;
            select p.id, p.position, p.name, p.priority, p.description, u.path, u.description, u.expected_count
            from session_phase p left join phase_suite u on u.phase_id = p.id
            where p.session_id = ? order by p.position, p.id, u.position, u.id;
            select text, state from success_criterion where session_id = ? order by position, id;
            select id, occurred_at, title, body, author, written_by_app from log_entry
            where session_id = ? order by occurred_at, id""";

    /**
     * The session with the parts other features show on its page, in one round trip, or null when there is none of
     * this id.
     */
    public static SessionSheet read(long id, List<SheetPart<?>> parts) {
        return ColumnReads.read(connection -> read(connection, id, parts));
    }

    private static SessionSheet read(Connection connection, long id, List<SheetPart<?>> parts) throws SQLException {
        StringBuilder sql = new StringBuilder(SQL);
        parts.forEach(part -> sql.append(";\n").append(part.sql()));
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (; index <= 4; index++) {
                select.setLong(index, id);
            }
            for (SheetPart<?> part : parts) {
                index = part.bind(select, index, id);
            }
            select.execute();
            SheetPart.Results next = () -> {
                select.getMoreResults();
                return select.getResultSet();
            };
            SessionSheet sheet;
            try (ResultSet row = select.getResultSet()) {
                if (!row.next()) {
                    return null;
                }
                sheet = head(row, id);
            }
            try (ResultSet row = next.next()) {
                phases(row, sheet.phases);
            }
            try (ResultSet row = next.next()) {
                while (row.next()) {
                    sheet.criteria.add(new Criterion(row.getString(1), CriterionState.valueOf(row.getString(2))));
                }
            }
            try (ResultSet row = next.next()) {
                while (row.next()) {
                    sheet.timeline.add(new Entry(row.getLong(1), SqlValues.instant(row.getTimestamp(2)), row.getString(3),
                            row.getString(4), row.getString(5), row.getBoolean(6)));
                }
            }
            for (SheetPart<?> part : parts) {
                Object read = part.read(next);
                sheet.parts.put(read.getClass(), read);
            }
            return sheet;
        }
    }

    private static SessionSheet head(ResultSet row, long id) throws SQLException {
        BusinessImpact impact = new BusinessImpact();
        impact.amountMinor = (Long) row.getObject(9);
        impact.currency = row.getString(10);
        String basis = row.getString(11);
        impact.basis = basis == null ? null : ImpactBasis.valueOf(basis);
        impact.note = row.getString(12);
        long continues = row.getLong(16);
        SessionRef continued = row.wasNull() ? null : new SessionRef(continues, row.getString(17));
        return new SessionSheet(id, new ProjectRef(row.getLong(13), row.getString(14), row.getString(15)),
                row.getString(1), row.getString(2), row.getString(3), SessionStatus.valueOf(row.getString(4)),
                SqlValues.instant(row.getTimestamp(5)), SqlValues.instant(row.getTimestamp(6)), row.getString(7),
                row.getString(8), impact,
                continued, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashMap<>(4));
    }

    private static void phases(ResultSet row, List<Phase> phases) throws SQLException {
        long current = -1;
        while (row.next()) {
            long phaseId = row.getLong(1);
            if (phaseId != current) {
                phases.add(new Phase(row.getInt(2), row.getString(3), row.getString(4), row.getString(5),
                        new ArrayList<>()));
                current = phaseId;
            }
            String path = row.getString(6);
            if (path != null) {
                phases.get(phases.size() - 1).suites()
                        .add(new Suite(path, row.getString(7), (Integer) row.getObject(8)));
            }
        }
    }

}
