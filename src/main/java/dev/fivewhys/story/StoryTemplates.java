package dev.fivewhys.story;

import dev.fivewhys.session.SessionSheet;
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
}
