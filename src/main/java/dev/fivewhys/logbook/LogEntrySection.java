package dev.fivewhys.logbook;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Marks a timeline entry as kept text of a log's own section (not an entry of its timeline). */
@Entity
public class LogEntrySection extends PanacheEntityBase {

    @Id
    public Long logEntryId;
    @Enumerated(EnumType.STRING)
    public LogSection section;

    public static void mark(long logEntryId, LogSection section) {
        LogEntrySection row = new LogEntrySection();
        row.logEntryId = logEntryId;
        row.section = section;
        row.persist();
    }

    /** The section of each kept-text entry of the session, by entry id. */
    public static Map<Long, LogSection> ofSession(TestSession session) {
        List<LogEntrySection> rows = list("logEntryId in (select e.id from LogEntry e where e.session = ?1)", session);
        return rows.stream().collect(Collectors.toMap(r -> r.logEntryId, r -> r.section));
    }
}
