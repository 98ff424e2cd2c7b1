package dev.fivewhys.impact;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Whether the prevention of each root-cause category got done, and whether it helped: its follow-ups done out of all,
 * and its failures that came back. A category whose follow-ups are mostly done and whose failures still come back
 * names a prevention that does not work, which is worth a manager's question.
 */
@ApplicationScoped
public class PreventionByCategory {

    @Inject
    EntityManager em;

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
        Query query = em.createNativeQuery("""
                select coalesce(c.name, 'not categorised'), count(u.id), count(u.id) filter (where u.status = 'DONE'),
                       count(distinct f.id) filter (where f.recurring)
                from analysis a
                left join root_cause_category c on c.id = a.category_id
                left join follow_up u on u.analysis_id = a.id
                left join failure f on f.id = a.failure_id
                where exists (select 1 from follow_up x where x.analysis_id = a.id)"""
                + (filter.projectId() == null ? "" : " and a.project_id = :project") + " group by 1");
        if (filter.projectId() != null) {
            query.setParameter("project", filter.projectId());
        }
        List<CategoryPrevention> categories = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            categories.add(new CategoryPrevention((String) row[0], ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        categories.sort(java.util.Comparator.comparing((CategoryPrevention c) -> !c.doneYetRecurs())
                .thenComparing(c -> -c.recurring()).thenComparing(CategoryPrevention::category));
        return categories;
    }
}
