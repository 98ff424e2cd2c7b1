package dev.fivewhys.logbook;

import java.util.List;

import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.session.TestSession;
import io.quarkus.qute.TemplateExtension;

/** What the session page shows of an imported log, without the session feature depending on this one. */
public final class LogbookTemplates {

    private LogbookTemplates() {
    }

    /** In templates: {@code {session.githubLinks}}, the issues, pull requests and comments its log linked to. */
    @TemplateExtension
    static List<GitHubLink> githubLinks(TestSession session) {
        return GitHubLink.listFor(ImportWriter.LINK_RECORD, session.id);
    }

    /** In templates: {@code {session.importedFrom}}, how the session came from a log; null when typed in. */
    @TemplateExtension
    static SessionImport importedFrom(TestSession session) {
        return SessionImport.findForSession(session).orElse(null);
    }
}
