package dev.fivewhys.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.fivewhys.session.LogEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One answer of the chain ("Why #3: integration tests didn't validate cross-module imports"), with its evidence. */
@Entity
@Table(name = "analysis_why")
public class AnalysisWhy extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "analysis_id")
    public Analysis analysis;
    public int position;
    public String answer;
    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_kind")
    public EvidenceKind evidenceKind;
    public String evidence;

    // Not hasEvidence(): templates would resolve {why.evidence} to it (Qute reads has-prefixed methods as getters).
    public boolean evidenceGiven() {
        return evidence != null && !evidence.isBlank();
    }

    /** The log entry a {@link EvidenceKind#LOG_ENTRY} evidence names, for a link to it; null if gone. */
    public LogEntry logEntry() {
        if (evidenceKind != EvidenceKind.LOG_ENTRY || evidence == null) {
            return null;
        }
        Long id = AnalysisContent.logEntryId(evidence);
        return id == null ? null : LogEntry.findById(id);
    }
}
