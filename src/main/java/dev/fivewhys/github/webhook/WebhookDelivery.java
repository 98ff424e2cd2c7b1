package dev.fivewhys.github.webhook;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;

/** A webhook delivery as GitHub sent it; stored before it is processed, processed once. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntity {

    @Column(name = "delivery_id")
    public String deliveryId;
    public String event;
    public String action;
    public String payload;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "processed_at")
    public Instant processedAt;
    /** What processing did with it, e.g. "failure 42 resolved" or "ignored: event push". */
    public String outcome;

    public static List<WebhookDelivery> listRecent(int limit) {
        return find("order by receivedAt desc, id desc").page(Page.ofSize(limit)).list();
    }
}
