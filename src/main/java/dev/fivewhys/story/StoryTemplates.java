package dev.fivewhys.story;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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

    /** What the story starts from: the failures seen in the session and its latest runs. */
    record Start(List<SeenFailure> seen, RunLine.Latest runs) {
    }

    /**
     * The story's failures and runs, read with the session's sheet; its analyses need the failures' ids and are read
     * after.
     */
    @ApplicationScoped
    static class StartPart implements SheetPart<Start> {

        @Override
        public String sql() {
            return SeenFailure.BY_SESSION + ";\n" + RunLine.LATEST;
        }

        @Override
        public int bind(PreparedStatement select, int index, long sessionId) throws SQLException {
            select.setLong(index, sessionId);
            select.setInt(index + 1, SessionStory.MOST_FAILURES);
            select.setLong(index + 2, sessionId);
            select.setInt(index + 3, SessionStory.LATEST_RUNS);
            return index + 4;
        }

        @Override
        public Start read(Results results) throws SQLException {
            return new Start(SeenFailure.read(results.next()), RunLine.read(results.next()));
        }
    }
}
