package dev.fivewhys.result;

import java.util.Optional;

import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;
import io.quarkus.qute.TemplateData;

/**
 * The session as its results page shows it: read as the columns the page uses, with its project's slug from the same
 * query, not as the entity with its plan and timeline.
 */
@TemplateData
public record SessionHeading(long id, String title, boolean keepResults,
        @ProjectedFieldName("project.slug") String projectSlug) {

    static Optional<SessionHeading> find(long sessionId) {
        return TestSession.find("id", sessionId).project(SessionHeading.class).firstResultOptional();
    }
}
