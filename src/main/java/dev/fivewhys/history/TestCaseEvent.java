package dev.fivewhys.history;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to a test's standing: quarantined, quarantine changed, ended (by someone, at expiry, by passes). */
@Entity
@Table(name = "test_case_event")
public class TestCaseEvent extends PanacheEntityBase {

    public static final String QUARANTINED = "QUARANTINED";
    public static final String QUARANTINE_CHANGED = "QUARANTINE_CHANGED";
    public static final String RELEASED = "RELEASED";
    public static final String EXPIRED = "EXPIRED";
    public static final String PASSED_OUT = "PASSED_OUT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "test_case_id")
    public long testCaseId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String kind;
    public String note;
    public String actor;

    static void record(long testCaseId, Instant at, String kind, String note, String actor) {
        TestCaseEvent event = new TestCaseEvent();
        event.testCaseId = testCaseId;
        event.occurredAt = at;
        event.kind = kind;
        event.note = note;
        event.actor = actor;
        event.persist();
    }

    public static List<TestCaseEvent> historyOf(long testCaseId, int limit) {
        return find("testCaseId = ?1 order by occurredAt desc, id desc", testCaseId).page(0, limit).list();
    }

    /** What people read for the kind. */
    public String label() {
        return switch (kind) {
            case QUARANTINED -> "Quarantined";
            case QUARANTINE_CHANGED -> "Quarantine changed";
            case RELEASED -> "Quarantine ended";
            case EXPIRED -> "Quarantine expired";
            case PASSED_OUT -> "Quarantine ended after its passes";
            default -> kind;
        };
    }
}
