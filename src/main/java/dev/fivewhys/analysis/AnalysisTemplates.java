package dev.fivewhys.analysis;

import java.util.List;

import dev.fivewhys.session.TestSession;
import io.quarkus.qute.TemplateExtension;

/** What pages of other features show of analyses, without those features depending on this one. */
public final class AnalysisTemplates {

    private AnalysisTemplates() {
    }

    /** In templates: {@code {session.analyses}}, the analyses started from a session. */
    @TemplateExtension
    static List<Analysis> analyses(TestSession session) {
        return Analysis.listForSession(session);
    }
}
