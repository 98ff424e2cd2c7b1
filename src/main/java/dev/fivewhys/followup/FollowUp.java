package dev.fivewhys.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.security.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One action an analysis's prevention turned into: who does what by when, and whether it was done. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntity {

    /** The statuses of a follow-up still to be done, as stored (for queries). */
    public static final List<FollowUpStatus> OPEN = List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS);

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Analysis analysis;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public FollowUpKind kind = FollowUpKind.PREVENTION;
    @ManyToOne(fetch = FetchType.LAZY)
    public User owner;
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public FollowUpPriority priority = FollowUpPriority.P2;
    @Enumerated(EnumType.STRING)
    public FollowUpStatus status = FollowUpStatus.OPEN;
    public String statusReason;
    @ManyToOne(fetch = FetchType.LAZY)
    public Fix doneByFix;
    public String doneByRef;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant closedAt;
    public LocalDate overdueNoticedOn;
    @Version
    public long version;

    public static List<FollowUp> listForAnalysis(Analysis analysis) {
        return list("analysis = ?1 order by id", analysis);
    }

    /** Open follow-ups of any analysis of the failure, the earliest due first. */
    public static List<FollowUp> listOpenForFailure(Failure failure) {
        return list("analysis.failure = ?1 and status in ?2 order by dueOn nulls last, id", failure, OPEN);
    }

    /** Open follow-ups of the user, overdue first (the earliest due), then those without a due date. */
    public static List<FollowUp> listOpenOwnedBy(User user) {
        return list("owner = ?1 and status in ?2 order by dueOn nulls last, priority, id", user, OPEN);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    public String ownerName() {
        return owner == null ? null : owner.username;
    }

    public String label() {
        return "Follow-up #" + id + ": " + title;
    }
}
