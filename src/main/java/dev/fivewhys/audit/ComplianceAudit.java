package dev.fivewhys.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import dev.fivewhys.fix.Fix;

/** "SSOT COMPLIANCE AUDIT … 96% … APPROVED FOR DEPLOYMENT": one audit of a fix against a kind of rules. */
@Entity
public class ComplianceAudit extends FixReview {

    /** SSOT, security, … */
    public String kind;
    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AuditCheck> checks = new ArrayList<>();
    /** The auditor's own overall score; null when the score derived from the checks stands. */
    public Integer overrideScore;
    public String verdict;
    @Enumerated(EnumType.STRING)
    public AuditRecommendation recommendation;
    @ElementCollection
    @CollectionTable(name = "audit_condition", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> conditions = new ArrayList<>();
    public String reportPath;
    public String auditor;

    /** Newest first: the first one is the one go/no-go reads. */
    public static List<ComplianceAudit> listForFix(Fix fix) {
        return list("fix = ?1 order by recordedAt desc, id desc", fix);
    }

    public static ComplianceAudit latestFor(Fix fix) {
        return find("fix = ?1 order by recordedAt desc, id desc", fix).firstResult();
    }

    /** Derived from the checks (a check without a percentage counts with its outcome's score), or overridden. */
    public AuditScore score() {
        return AuditContent.of(this).score();
    }

}
