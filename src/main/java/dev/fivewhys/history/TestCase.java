package dev.fivewhys.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.fivewhys.project.Project;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One test of a project (suite, class and name), with what its recent runs say about it: flaky or not and why, and
 * its quarantine. Rows are created and their outcomes kept by {@link TestHistoryBook} in SQL; quarantine is changed
 * by {@link TestQuarantines} only.
 */
@Entity
@Table(name = "test_case")
public class TestCase extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    public Project project;
    @Column(name = "key_hash")
    public String keyHash;
    public String suite;
    @Column(name = "class_name")
    public String className;
    public String name;
    public String file;
    @Column(name = "first_seen_at")
    public Instant firstSeenAt;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
    public int runs;
    /** Outcomes of the latest runs, oldest first: P passed, F failed, R passed on a retry, M both, S skipped. */
    public String recent;
    public boolean flaky;
    @Column(name = "flaky_reason")
    public String flakyReason;
    @Column(name = "flaky_since")
    public Instant flakySince;
    @Column(name = "quarantine_reason")
    public String quarantineReason;
    @Column(name = "quarantine_owner")
    public String quarantineOwner;
    @Column(name = "quarantined_until")
    public Instant quarantinedUntil;
    /** Quarantine ends after this many consecutive passes, when set. */
    @Column(name = "quarantine_release_after")
    public Integer quarantineReleaseAfter;
    @Column(name = "quarantine_passes")
    public int quarantinePasses;
    @Column(name = "quarantined_by")
    public String quarantinedBy;
    @Column(name = "quarantined_at")
    public Instant quarantinedAt;
    @Version
    public long version;

    public static Optional<TestCase> findInProject(long id) {
        return find("from TestCase t join fetch t.project where t.id = ?1", id).firstResultOptional();
    }

    /** Quarantined at {@code now}: the quarantine has not expired (nor ended otherwise). */
    public boolean quarantinedAt(Instant now) {
        return quarantinedUntil != null && quarantinedUntil.isAfter(now);
    }

    /** "suite › Class › name", as people read a test's name. */
    public String title() {
        StringBuilder title = new StringBuilder();
        if (className != null && !className.isBlank()) {
            title.append(className).append(" › ");
        }
        return title.append(name).toString();
    }

    /** The quarantined tests of a project (for CI), soonest to expire first. */
    public static List<TestCase> quarantinedIn(long projectId, Instant now) {
        return list("project.id = ?1 and quarantinedUntil > ?2 order by quarantinedUntil, id", projectId, now);
    }
}
