package dev.fivewhys.analysis;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The JSON shapes of a five-whys analysis in the API. */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    /** One why; evidenceKind defaults to NOTE when evidence is given without it. */
    public record Why(@NotBlank @Size(max = 5_000) String answer, EvidenceKind evidenceKind,
            @Size(max = 2_000) String evidence) {
    }

    /**
     * What a client sends to start (failureId or sessionId) or update (version) an analysis. status: DRAFT, or
     * COMPLETE to complete it; on update, DRAFT reopens a complete one.
     */
    public record Write(Long failureId, Long sessionId,
            @Size(max = 20_000) String problemStatement,
            List<@Valid Why> whys,
            @Size(max = 5_000) String rootCause,
            @Size(max = 80) String category,
            @Size(max = 20_000) String fixIdentified,
            @Size(max = 20_000) String preventionStrategy,
            AnalysisStatus status,
            Long version) {
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
