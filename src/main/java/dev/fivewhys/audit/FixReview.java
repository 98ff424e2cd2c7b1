package dev.fivewhys.audit;

import java.time.Instant;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import dev.fivewhys.fix.Fix;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A judgement of a fix that decides its go/no-go: a compliance audit or a stability validation. Both are recorded and
 * corrected the same way ({@link Reviews}); what they hold differs.
 */
@MappedSuperclass
public abstract class FixReview extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Fix fix;
    public String recordedBy;
    public Instant recordedAt;
    public Instant updatedAt;
    @Version
    public long version;

    /** The audit or validation read by its id; 404 when there is none. */
    static <R extends FixReview> R found(R review) {
        if (review == null) {
            throw new NotFoundException();
        }
        return review;
    }
}
