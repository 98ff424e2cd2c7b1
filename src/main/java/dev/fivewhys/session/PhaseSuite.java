package dev.fivewhys.session;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A test file a phase runs, e.g. {@code tests/e2e/staging/test_priority1_critical_REAL.py (25 tests)}. */
@Entity
public class PhaseSuite extends PanacheEntity {

    @ManyToOne(optional = false)
    public SessionPhase phase;
    public int position;
    public String path;
    public Integer expectedCount;
    public String description;
}
