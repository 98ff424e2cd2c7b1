package dev.fivewhys.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A test file a phase runs, e.g. {@code tests/e2e/staging/test_priority1_critical_REAL.py (25 tests)}. */
@Entity
@Table(name = "phase_suite")
public class PhaseSuite extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "phase_id")
    public SessionPhase phase;
    public int position;
    public String path;
    @Column(name = "expected_count")
    public Integer expectedCount;
    public String description;
}
