package dev.fivewhys.impact.attention;

import dev.fivewhys.impact.ImpactFilter;

/** The filter's project as a condition on a table alias; :project is bound only when a project is chosen. */
final class Projects {

    private Projects() {
    }

    static String clause(ImpactFilter filter, String alias) {
        return filter.projectId() == null ? "" : " and " + alias + ".project_id = :project";
    }
}
