package dev.fivewhys.impact;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.core.NamedQuery;

/**
 * Whether the prevention of each root-cause category got done, and whether it helped: its follow-ups done out of all,
 * and its failures that came back. A category whose follow-ups are mostly done and whose failures still come back
 * names a prevention that does not work, which is worth a manager's question.
 */
@ApplicationScoped
public class PreventionByCategory {

    /**
     * @param recurring failures of the category's analyses that came back after they were resolved
     */
    public record CategoryPrevention(String category, long followUps, long done, long recurring) {

        /** More than half of its follow-ups are done. */
        public boolean mostlyDone() {
            return followUps > 0 && done * 2 > followUps;
        }

        /** Prevention done, and still it recurs. */
        public boolean doneYetRecurs() {
            return mostlyDone() && recurring > 0;
        }
    }

    /** Categories with follow-ups, those whose prevention is done yet recurs first. */
    public List<CategoryPrevention> of(ImpactFilter filter) {
        List<CategoryPrevention> categories = new ArrayList<>(new NamedQuery("""
                select coalesce(c.name, 'not categorised'), count(u.id), count(u.id) filter (where u.status = 'DONE'),
                       count(distinct f.id) filter (where f.recurring)
                from analysis a
                left join root_cause_category c on c.id = a.category_id
                left join follow_up u on u.analysis_id = a.id
                left join failure f on f.id = a.failure_id
                where exists (select 1 from follow_up x where x.analysis_id = a.id)"""
                + (filter.projectId() == null ? "" : " and a.project_id = :project") + " group by 1")
                .setIfPresent("project", filter.projectId())
                .list(r -> new CategoryPrevention(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4))));
        categories.sort(java.util.Comparator.comparing((CategoryPrevention c) -> !c.doneYetRecurs())
                .thenComparing(c -> -c.recurring()).thenComparing(CategoryPrevention::category));
        return categories;
    }
}
