package dev.fivewhys.failure;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import dev.fivewhys.security.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * "WebSocket 1011 internal error in 12 tests": the failing results of a project that share one
 * normalized signature, across sessions. It is one thing to analyse, not twelve.
 */
@Entity
public class Failure extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    public Project project;
    @Column(name = "signature_hash")
    public String signatureHash;
    /** The failure type and the message with its volatile parts masked. */
    public String signature;
    @Column(name = "failure_type")
    public String failureType;
    @Column(name = "sample_message")
    public String sampleMessage;
    @Column(name = "sample_trace")
    public String sampleTrace;
    @Column(name = "first_seen_at")
    public Instant firstSeenAt;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
    public long occurrences;
    @Column(name = "affected_tests")
    public int affectedTests;
    @Enumerated(EnumType.STRING)
    public Severity severity = Severity.MEDIUM;
    @Enumerated(EnumType.STRING)
    public FailureStatus status = FailureStatus.OPEN;
    /** Who sees to it; null when nobody has taken it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public User owner;
    /** It came back after it was resolved. */
    public boolean recurring;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    /** 0 for critical to 3 for low, kept by the database from severity: sorting by impact reads an index. */
    @Column(name = "severity_rank", insertable = false, updatable = false)
    public int severityRank;
    @Version
    public long version;

    public static Optional<Failure> findBySignature(Project project, String signatureHash) {
        return find("project = ?1 and signatureHash = ?2", project, signatureHash).firstResultOptional();
    }

    /** A short title for lists, issues and reports: the type and the start of the sample message. */
    public String title() {
        return titleOf(failureType, sampleMessage);
    }

    /** The title of a failure read without loading it, e.g. in a list built by SQL. */
    public static String titleOf(String failureType, String sampleMessage) {
        String message = sampleMessage == null ? "" : sampleMessage.strip().lines().findFirst().orElse("");
        String type = failureType == null || failureType.isBlank() ? "Failure" : failureType;
        String title = message.isEmpty() ? type : type + ": " + message;
        return title.length() > 160 ? title.substring(0, 157) + "…" : title;
    }

    public void resolve(Instant at) {
        status = FailureStatus.RESOLVED;
        resolvedAt = at;
    }

    /** A resolved failure seen again: it is open again, and marked as one that keeps coming back. */
    public void reopen() {
        status = FailureStatus.OPEN;
        recurring = true;
        resolvedAt = null;
    }

}
