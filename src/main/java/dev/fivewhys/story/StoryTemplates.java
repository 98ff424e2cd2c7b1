package dev.fivewhys.story;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.SeenFailure;
import dev.fivewhys.result.RunLine;
import dev.fivewhys.session.SessionSheet;
import dev.fivewhys.session.SheetPart;
import io.quarkus.qute.TemplateExtension;

/** What the session page shows of its story, without the session feature depending on this one. */
final class StoryTemplates {

    private StoryTemplates() {
    }

    /** In templates: {@code {session.story}}, its failures and everything done about them; its go/no-go. */
    @TemplateExtension
    static SessionStory story(SessionSheet session) {
        return session.part(SessionStory.class, () -> SessionStory.of(session));
    }

    /**
     * What the story is told from: the failures seen in the session, its latest runs, the analyses of its failures and
     * of itself, and the failures its runs reopened.
     */
    record Start(List<SeenFailure> seen, RunLine.Latest runs, List<StoryAnalyses.Told> analyses, Set<Long> reopened) {
    }

    /**
     * The story's failures, runs, analyses and reopened failures, read with the session's sheet: read after it, the
     * analyses and the reopened failures were two more round trips per view (the second through Hibernate).
     */
    @ApplicationScoped
    static class StartPart implements SheetPart<Start> {

        @Override
        public String sql() {
            return SeenFailure.BY_SESSION + ";\n" + RunLine.LATEST + ";\n" + StoryAnalyses.BY_SESSION + ";\n"
                    + SessionStory.REOPENED_SQL;
        }

        @Override
        public int bind(PreparedStatement select, int index, long sessionId) throws SQLException {
            select.setLong(index, sessionId);
            select.setInt(index + 1, SessionStory.MOST_FAILURES);
            select.setLong(index + 2, sessionId);
            select.setInt(index + 3, SessionStory.LATEST_RUNS);
            select.setLong(index + 4, sessionId);
            select.setInt(index + 5, SessionStory.MOST_FAILURES);
            select.setLong(index + 6, sessionId);
            select.setString(index + 7, FailureEvent.REOPENED);
            select.setLong(index + 8, sessionId);
            select.setLong(index + 9, sessionId);
            return index + 10;
        }

        @Override
        public Start read(Results results) throws SQLException {
            return new Start(SeenFailure.read(results.next()), RunLine.read(results.next()),
                    StoryAnalyses.read(results.next()), SessionStory.reopened(results.next()));
        }
    }
}
