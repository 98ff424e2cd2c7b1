package dev.fivewhys.analysis;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;

import dev.fivewhys.session.LogEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One answer of the chain ("Why #3: integration tests didn't validate cross-module imports"), with its evidence. */
@Entity
public class AnalysisWhy extends PanacheEntity {

    @ManyToOne(optional = false)
    public Analysis analysis;
    public int position;
    public String answer;
    @Enumerated(EnumType.STRING)
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
