package dev.fivewhys.github.webhook;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;

/**
 * A webhook delivery as GitHub sent it (the payload byte for byte); stored before it is processed, processed
 * once. One that fails is tried again a few times, then marked failed with its reason; it never holds up the
 * deliveries after it.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntity {

    @Column(name = "delivery_id")
    public String deliveryId;
    public String event;
    public String action;
    public byte[] payload;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "processed_at")
    public Instant processedAt;
    /** What processing did with it, e.g. "failure 42 resolved" or "ignored: event push". */
    public String outcome;
    /** Processing attempts that failed. */
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    /** Set when it failed its last attempt; it waits for someone to retry it from the sync page. */
    @Column(name = "failed_at")
    public Instant failedAt;
    @Column(name = "last_error")
    public String lastError;

    public static List<WebhookDelivery> listRecent(int limit) {
        return find("order by receivedAt desc, id desc").page(Page.ofSize(limit)).list();
    }

    public static List<WebhookDelivery> listFailed(int limit) {
        return find("failedAt is not null order by failedAt desc, id desc").page(Page.ofSize(limit)).list();
    }
}
