package dev.fivewhys.analysis;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.fivewhys.analysis.AnalysisContent.Why;
import dev.fivewhys.web.FormErrors;

/** The JSON shapes of a five-whys analysis in the API. */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    /**
     * What a client sends to start (failureId or sessionId) or update (version) an analysis: its content, the category
     * by name. status: DRAFT, or COMPLETE to complete it; on update, DRAFT reopens a complete one. A why's evidenceKind
     * defaults to NOTE when evidence is given without it.
     */
    @Schema(name = "AnalysisWrite")
    public record Write(Long failureId, Long sessionId, String problemStatement, List<Why> whys, String rootCause,
            String category, String fixIdentified, String preventionStrategy, AnalysisStatus status, Long version) {

        AnalysisContent content(FormErrors errors) {
            RootCauseCategory named = null;
            if (category != null && !category.isBlank()) {
                named = RootCauseCategory.findByName(category).orElse(null);
                if (named == null) {
                    errors.add("category", "No root-cause category named " + category);
                }
            }
            return new AnalysisContent(problemStatement, whys, rootCause, named, fixIdentified, preventionStrategy);
        }
    }

    public record Read(long id, String url, String project, Long failureId, Long sessionId, String problemStatement,
            List<Why> whys, String rootCause, String category, String fixIdentified, String preventionStrategy,
            AnalysisStatus status, List<Long> fixIds, String createdBy, Instant createdAt, Instant updatedAt,
            Instant completedAt, Instant verifiedAt, long version) {

        static Read of(Analysis a) {
            List<Why> whys = a.whys.stream().map(w -> new Why(w.answer, w.evidenceKind, w.evidence)).toList();
            return new Read(a.id, "/analyses/" + a.id, a.project.slug, a.failure == null ? null : a.failure.id,
                    a.session == null ? null : a.session.id, a.problemStatement, whys, a.rootCause,
                    a.category == null ? null : a.category.name, a.fixIdentified, a.preventionStrategy, a.status,
                    fixIdsOf(a), a.createdBy, a.createdAt, a.updatedAt,
                    a.completedAt, a.verifiedAt, a.version);
        }
    }

    /** By entity name in a query, since fix sits above analysis. */
    private static List<Long> fixIdsOf(Analysis analysis) {
        return Analysis.getEntityManager()
                .createQuery("select f.id from Fix f where f.analysis = ?1 order by f.recordedAt, f.id", Long.class)
                .setParameter(1, analysis).getResultList();
    }
}
