package dev.fivewhys.failure;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One line of a failure's history: first seen, reopened, resolved, status changed, commented on GitHub. */
@Entity
@Table(name = "failure_event")
public class FailureEvent extends PanacheEntity {

    public static final String FIRST_SEEN = "FIRST_SEEN";
    public static final String REOPENED = "REOPENED";
    public static final String RESOLVED = "RESOLVED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    public static final String COMMENT = "COMMENT";
    /** Its owner changed. */
    public static final String ASSIGNED = "ASSIGNED";

    @ManyToOne(optional = false)
    @JoinColumn(name = "failure_id")
    public Failure failure;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String kind;
    public String note;
    public String actor;
    @ManyToOne
    @JoinColumn(name = "session_id")
    public TestSession session;

    public static FailureEvent record(Failure failure, Instant at, String kind, String note, String actor,
            TestSession session) {
        FailureEvent event = new FailureEvent();
        event.failure = failure;
        event.occurredAt = at;
        event.kind = kind;
        event.note = note;
        event.actor = actor;
        event.session = session;
        event.persist();
        return event;
    }

    public static List<FailureEvent> historyOf(Failure failure) {
        return list("failure = ?1 order by occurredAt, id", failure);
    }
}
