package dev.fivewhys.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.project.Project;

/**
 * "This happened before": earlier analyses of the same failure signature, or of the same root-cause category with
 * similar wording (TextSimilarity), so whoever writes a new one sees what was concluded and what prevention was
 * promised last time.
 */
public final class SimilarAnalyses {

    static final int MAX_SHOWN = 5;
    /** Analyses are few compared with results; the latest of a category are plenty to compare with. */
    static final int CATEGORY_WINDOW = 200;

    /** An earlier analysis and why it is shown. */
    public record Similar(Analysis analysis, String reason) {
    }

    private SimilarAnalyses() {
    }

    /**
     * @param exceptId the analysis being edited (not similar to itself); null for a new one
     * @param failure the failure analysed, or null
     * @param wording what the analysis says so far (see {@link Analysis#wording})
     */
    public static List<Similar> find(Long exceptId, Failure failure, Project project, RootCauseCategory category,
            String wording) {
        Map<Long, Similar> found = new LinkedHashMap<>();
        if (failure != null) {
            for (Analysis earlier : Analysis.listBySignature(failure.signatureHash, exceptId)) {
                found.put(earlier.id, new Similar(earlier, "Same failure signature"));
            }
        }
        if (category != null && project != null && wording != null && !wording.isBlank()) {
            List<Scored> scored = new ArrayList<>();
            for (Analysis earlier : Analysis.listByCategory(project, category, exceptId, CATEGORY_WINDOW)) {
                double score = TextSimilarity.score(wording, earlier.wording());
                if (!found.containsKey(earlier.id) && score >= TextSimilarity.SIMILAR_THRESHOLD) {
                    scored.add(new Scored(earlier, score));
                }
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed());
            for (Scored match : scored) {
                Set<String> shared = TextSimilarity.sharedTerms(wording, match.analysis().wording());
                found.put(match.analysis().id, new Similar(match.analysis(), "Same root-cause category (" + category.name
                        + ") and similar wording: " + String.join(", ", shared.stream().limit(8).toList())));
            }
        }
        return found.values().stream().limit(MAX_SHOWN).toList();
    }

    private record Scored(Analysis analysis, double score) {
    }
}
