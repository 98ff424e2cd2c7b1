package dev.fivewhys.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** "Mega Class Size ⚠️ file exceeds 2000 lines": one check of an audit. */
@Entity
public class AuditCheck extends PanacheEntity {

    @ManyToOne(optional = false)
    public ComplianceAudit audit;
    public int position;
    public String name;
    /** 0–100, or null when the auditor gave only an outcome. */
    public Integer score;
    @Enumerated(EnumType.STRING)
    public CheckOutcome outcome;
    public String note;
}
