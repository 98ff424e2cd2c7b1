package dev.fivewhys.failure;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How often a failure was seen in one session. Kept by {@link FailureLedger} in SQL; only read here. */
@Entity
// a count as a named query, translated once at boot: Panache's count("field", value) is translated again on every call
@NamedQuery(name = "FailureOccurrence.countByFailure", query = "select count(*) from FailureOccurrence o where o.failureId = ?1")
@Table(name = "failure_occurrence")
@IdClass(FailureOccurrence.Key.class)
@Immutable
public class FailureOccurrence extends PanacheEntityBase {

    @Id
    @Column(name = "failure_id")
    public long failureId;
    @Id
    @Column(name = "session_id")
    public long sessionId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "failure_id", insertable = false, updatable = false)
    public Failure failure;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", insertable = false, updatable = false)
    public TestSession session;
    public long occurrences;
    @Column(name = "first_seen_at")
    public Instant firstSeenAt;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    /** The sessions a failure was seen in, latest first. */
    public static List<FailureOccurrence> listByFailure(long failureId, int limit) {
        return find("from FailureOccurrence o join fetch o.session where o.failureId = ?1 "
                + "order by o.lastSeenAt desc, o.sessionId desc", failureId).page(0, limit).list();
    }

    public static long countByFailure(long failureId) {
        return count("#FailureOccurrence.countByFailure", failureId);
    }

    /** The failure was first seen in this session (not carried over from an earlier one). */
    public boolean firstSeenHere() {
        return firstSeenHere(failure.firstSeenAt, firstSeenAt);
    }

    static boolean firstSeenHere(Instant failureFirstSeen, Instant firstSeenInSession) {
        return failureFirstSeen != null && !failureFirstSeen.isBefore(firstSeenInSession);
    }

    public static class Key implements Serializable {
        public long failureId;
        public long sessionId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && failureId == key.failureId && sessionId == key.sessionId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(failureId, sessionId);
        }
    }
}
