package dev.fivewhys.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import dev.fivewhys.project.Project;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One run of the test-deploy loop against an environment: its plan, its targets and its timeline. */
@Entity
public class TestSession extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project project;
    public String title;
    public String mission;
    public String environment;
    @Enumerated(EnumType.STRING)
    public SessionStatus status = SessionStatus.PLANNED;
    public Instant startedAt;
    public Instant endedAt;
    /** What "done" means, e.g. "all P0 tests pass, 0% failure tolerance". */
    public String target;
    public String performanceTarget;
    @Embedded
    public BusinessImpact impact = new BusinessImpact();
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "continues_session_id")
    public TestSession continues;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
    /**
     * Its test results are kept past FIVEWHYS_RESULT_RETENTION. Written only by one SQL update (result/KeptSessions),
     * never with the rest of the session, so an edit of the session cannot undo it.
     */
    @Column(name = "keep_results", insertable = false, updatable = false)
    public boolean keepResults;
    /**
     * The last go/no-go decided, as JSON ({@link SessionJson.GoNoGo}); null until decided. Written only by
     * story.SessionVerdicts in SQL, with go_no_go, whenever the session's records change.
     */
    @Column(name = "go_no_go_decision", insertable = false, updatable = false)
    public String goNoGoDecision;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SessionPhase> phases = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SuccessCriterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    public List<LogEntry> timeline = new ArrayList<>();

    /**
     * Hibernate loads an all-empty embeddable as null; readers get an empty impact instead (Panache routes reads of
     * the field here). Not assigned: an assignment marks the session changed, so every transaction that merely read
     * a session would write it back, and concurrent uploads to it would fail on its version. Writers assign a whole
     * impact.
     */
    public BusinessImpact getImpact() {
        return impact != null ? impact : new BusinessImpact();
    }

    public static List<TestSession> listRecent(int limit) {
        return find("order by startedAt desc nulls last, id desc").page(0, limit).list();
    }

    public SessionPhase addPhase(String name, String priority, String description) {
        SessionPhase phase = new SessionPhase();
        phase.session = this;
        phase.position = phases.size() + 1;
        phase.name = name;
        phase.priority = priority;
        phase.description = description;
        phases.add(phase);
        return phase;
    }

    public SuccessCriterion addCriterion(String text, CriterionState state) {
        SuccessCriterion criterion = new SuccessCriterion();
        criterion.session = this;
        criterion.position = criteria.size() + 1;
        criterion.text = text;
        criterion.state = state;
        criteria.add(criterion);
        return criterion;
    }

    public LogEntry addLogEntry(Instant occurredAt, String title, String body, String author, Instant now) {
        LogEntry entry = new LogEntry();
        entry.session = this;
        entry.occurredAt = occurredAt;
        entry.title = title;
        entry.body = body == null ? "" : body;
        entry.author = author;
        entry.createdAt = now;
        timeline.add(entry);
        return entry;
    }

    /**
     * An entry the app writes itself when something happens in the session's story; {@code actor} caused it. Stored
     * on its own, not through {@link #timeline}: changing that collection would change the session's version, and
     * concurrent uploads to one session, each telling its results, would then conflict.
     */
    public LogEntry addAppEntry(Instant occurredAt, String title, String body, String actor, Instant now) {
        LogEntry entry = new LogEntry();
        entry.session = this;
        entry.occurredAt = occurredAt;
        entry.title = title;
        entry.body = body == null ? "" : body;
        entry.author = actor;
        entry.createdAt = now;
        entry.writtenByApp = true;
        entry.persist();
        return entry;
    }

    public int expectedTestCount() {
        return phases.stream().mapToInt(SessionPhase::expectedTestCount).sum();
    }
}
