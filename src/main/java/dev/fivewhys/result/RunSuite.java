package dev.fivewhys.result;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A run's counts for one suite. Written once by the upload ({@link SuiteTally}), only read here. */
@Entity
@Table(name = "test_run_suite")
@IdClass(RunSuite.Key.class)
@Immutable
public class RunSuite extends PanacheEntityBase {

    /** The name results outside any named suite are counted under. */
    public static final String NO_SUITE = "";

    @Id
    @Column(name = "run_id")
    public long runId;
    @Id
    public String suite;
    public int tests;
    public int passed;
    public int failed;
    public int errored;
    public int skipped;
    @Column(name = "duration_ms")
    public long durationMs;

    public static RunSuite findByRunAndSuite(long runId, String suite) {
        return find("runId = ?1 and suite = ?2", runId, suite).firstResult();
    }

    public String label() {
        return suite.isEmpty() ? "(no suite)" : suite;
    }

    /** The "(more suites)" line of a report with too many suites has no results of its own to list. */
    public boolean listable() {
        return !suite.equals(SuiteTally.MORE_SUITES);
    }

    public int failing() {
        return failed + errored;
    }

    public static class Key implements Serializable {
        public long runId;
        public String suite;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && runId == key.runId && Objects.equals(suite, key.suite);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, suite);
        }
    }
}
