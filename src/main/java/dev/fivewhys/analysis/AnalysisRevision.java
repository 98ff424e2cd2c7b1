package dev.fivewhys.analysis;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One save of an analysis: who, when, and a readable line per changed field. */
@Entity
public class AnalysisRevision extends PanacheEntity {

    @ManyToOne(optional = false)
    public Analysis analysis;
    public Instant revisedAt;
    /** Null when the application itself changed it, e.g. a passing session verified the fix. */
    public String author;
    public String summary;

    public static AnalysisRevision record(Analysis analysis, Instant at, String author, List<String> lines) {
        AnalysisRevision revision = new AnalysisRevision();
        revision.analysis = analysis;
        revision.revisedAt = at;
        revision.author = author;
        revision.summary = String.join("\n", lines);
        revision.persist();
        return revision;
    }

    public static List<AnalysisRevision> historyOf(Analysis analysis) {
        return list("analysis = ?1 order by revisedAt desc, id desc", analysis);
    }

    public List<String> lines() {
        return summary.lines().toList();
    }
}
