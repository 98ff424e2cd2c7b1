package dev.fivewhys.session;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** "Phase 1: Infrastructure Validation" — an ordered step of a session's plan, naming its suites. */
@Entity
public class SessionPhase extends PanacheEntity {

    @ManyToOne(optional = false)
    public TestSession session;
    public int position;
    public String name;
    /** As the team writes it: P0, P1, CRITICAL, HIGH… */
    public String priority;
    public String description;

    @OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PhaseSuite> suites = new ArrayList<>();

    public PhaseSuite addSuite(String path, Integer expectedCount, String description) {
        PhaseSuite suite = new PhaseSuite();
        suite.phase = this;
        suite.position = suites.size() + 1;
        suite.path = path;
        suite.expectedCount = expectedCount;
        suite.description = description;
        suites.add(suite);
        return suite;
    }

    public int expectedTestCount() {
        return suites.stream().mapToInt(s -> s.expectedCount == null ? 0 : s.expectedCount).sum();
    }
}
