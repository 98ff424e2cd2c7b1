package dev.fivewhys.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** "Mega Class Size ⚠️ file exceeds 2000 lines": one check of an audit. */
@Entity
@Table(name = "audit_check")
public class AuditCheck extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "audit_id")
    public ComplianceAudit audit;
    public int position;
    public String name;
    /** 0–100, or null when the auditor gave only an outcome. */
    public Integer score;
    @Enumerated(EnumType.STRING)
    public CheckOutcome outcome;
    public String note;
}
