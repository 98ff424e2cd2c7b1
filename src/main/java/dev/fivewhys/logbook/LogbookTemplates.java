package dev.fivewhys.logbook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.session.SessionSheet;
import dev.fivewhys.session.SheetPart;
import io.quarkus.qute.TemplateExtension;

/** What the session page shows of an imported log, without the session feature depending on this one. */
public final class LogbookTemplates {

    /** How a session came from a log, as its page tells it. */
    public record Imported(String importedBy, Instant importedAt, String repairedCharset) {
    }

    /** An issue, pull request or comment the session's log linked to, as its page lists it. */
    public record Link(String linkKind, int number, String url) {
    }

    /** The session's import (null when typed in) and its log's links. */
    public record SessionLogbook(Imported imported, List<Link> links) {
    }

    private LogbookTemplates() {
    }

    /** In templates: {@code {session.logbook}}, how the session came from a log and the links its log named. */
    @TemplateExtension
    static SessionLogbook logbook(SessionSheet session) {
        return session.part(SessionLogbook.class);
    }

    /**
     * The session's import (null when typed in) and its log's links, the page's columns alone, read with the sheet: as
     * entities, each was a query whose entities Hibernate hydrated (4% of the page's CPU each).
     */
    @ApplicationScoped
    static class LogbookPart implements SheetPart<SessionLogbook> {

        @Override
        public String sql() {
            return """
                    select imported_by, imported_at, repaired_charset from session_import where session_id = ?;
                    select link_kind, number, url from github_link where record_kind = ? and record_id = ? order by id""";
        }

        @Override
        public int bind(PreparedStatement select, int index, long sessionId) throws SQLException {
            select.setLong(index, sessionId);
            select.setString(index + 1, ImportWriter.LINK_RECORD);
            select.setLong(index + 2, sessionId);
            return index + 3;
        }

        @Override
        public SessionLogbook read(Results results) throws SQLException {
            Imported imported = null;
            try (ResultSet row = results.next()) {
                if (row.next()) {
                    imported = new Imported(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3));
                }
            }
            List<Link> links = new ArrayList<>();
            try (ResultSet row = results.next()) {
                while (row.next()) {
                    links.add(new Link(row.getString(1), row.getInt(2), row.getString(3)));
                }
            }
            return new SessionLogbook(imported, links);
        }
    }
}
