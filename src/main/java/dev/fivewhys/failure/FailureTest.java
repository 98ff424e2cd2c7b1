package dev.fivewhys.failure;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A test a failure hit, named by {@code ResultsIngested.testKey}. Kept by {@link ResultLinks} in SQL. */
@Entity
@Table(name = "failure_test")
@IdClass(FailureTest.Key.class)
@Immutable
public class FailureTest extends PanacheEntityBase {

    @Id
    @Column(name = "failure_id")
    public long failureId;
    @Id
    @Column(name = "test_key")
    public String testKey;
    public String file;
    public long occurrences;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    /** The tests a failure hit most often first. */
    public static List<FailureTest> listByFailure(long failureId, int limit) {
        return find("failureId = ?1 order by occurrences desc, testKey", failureId).page(0, limit).list();
    }

    /** "tests.e2e.TestWs#test_connect" shows as class and name. */
    public String className() {
        int hash = testKey.indexOf('#');
        return hash <= 0 ? "" : testKey.substring(0, hash);
    }

    public String testName() {
        int hash = testKey.indexOf('#');
        return hash < 0 ? testKey : testKey.substring(hash + 1);
    }

    public static class Key implements Serializable {
        public long failureId;
        public String testKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && failureId == key.failureId && Objects.equals(testKey, key.testKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(failureId, testKey);
        }
    }
}
