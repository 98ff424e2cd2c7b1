package dev.fivewhys.session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.fivewhys.core.ColumnReads;

/**
 * What another feature shows on the session page, read in the sheet's own round trip ({@link SessionSheet#read}) and
 * kept in it for the template ({@link SessionSheet#part(Class)}, by the class of what {@link #read} answers: one record
 * type per part). Read apart, the log's import and links, the failures
 * seen with the latest runs, their GitHub issues and the flaky check were five more round trips per view, each
 * costing PostgreSQL and the app more than the statement's own work.
 */
public interface SheetPart<T> {

    /** Its statements, separated by {@code ;}. */
    String sql();

    /** Binds its statements' parameters from {@code index} on and answers the next free index. */
    int bind(PreparedStatement select, int index, long sessionId) throws SQLException;

    /** Reads its statements' results in order, each got from {@code results}. */
    T read(Results results) throws SQLException;

    /**
     * The part read on its own, where no sheet is read (a write deciding the session's go/no-go): the same statements,
     * so the page and the write read one thing.
     */
    default T readAlone(long sessionId) {
        return ColumnReads.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql())) {
                bind(select, 1, sessionId);
                select.execute();
                boolean[] first = { true };
                return read(() -> {
                    if (!first[0]) {
                        select.getMoreResults();
                    }
                    first[0] = false;
                    return select.getResultSet();
                });
            }
        });
    }

    /** The results of the statements sent together, one after the other. */
    interface Results {
        ResultSet next() throws SQLException;
    }
}
