package dev.fivewhys.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.fivewhys.project.Project;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One body to send to one hook: written with the change it tells of, sent by {@link NotificationSender}. */
@Entity
@Table(name = "notification_delivery")
public class NotificationDelivery extends PanacheEntity {

    public enum State {
        PENDING,
        SENDING,
        DELIVERED,
        FAILED
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public NotificationHook hook;
    @Enumerated(EnumType.STRING)
    public NotificationEvent event;
    public String payload;
    @Enumerated(EnumType.STRING)
    public State state = State.PENDING;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant claimedUntil;
    /** The receiver's last answer: HTTP status and the start of its body. */
    public Integer responseStatus;
    public String responseBody;
    /** What went wrong on the last failed attempt (kept after a later success, so the page shows the retry). */
    public String lastError;
    public Instant createdAt;
    public Instant deliveredAt;

    public static List<NotificationDelivery> latestFor(Project project, int limit) {
        return find("hook.project = ?1 order by id desc", project).page(0, limit).list();
    }

    /** Takes the next due delivery (or one whose sender died) until {@code claimedUntil}; the caller commits at once. */
    static Optional<NotificationDelivery> claimNext(Instant now, Instant claimedUntil) {
        @SuppressWarnings("unchecked")
        List<NotificationDelivery> due = getEntityManager().createNativeQuery("""
                select * from notification_delivery
                where (state = 'PENDING' and next_attempt_at <= ?1) or (state = 'SENDING' and claimed_until <= ?1)
                order by next_attempt_at, id limit 1 for update skip locked
                """, NotificationDelivery.class).setParameter(1, Timestamp.from(now)).getResultList();
        due.forEach(d -> {
            d.state = State.SENDING;
            d.claimedUntil = claimedUntil;
        });
        return due.stream().findFirst();
    }
}
