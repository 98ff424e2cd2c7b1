package dev.fivewhys.github.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.fivewhys.github.client.GitHubConfig;
import dev.fivewhys.github.outbox.WorkerDisabled;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Processes stored webhook deliveries in order, each once: claimed with SKIP LOCKED, marked processed in the same
 * transaction as its effect. A delivery whose processing fails is rolled back alone and tried again later (after
 * {@link #RETRY_AFTER}), then marked failed with its reason for the sync page; the deliveries after it go on.
 * Deliveries are picked up right after they are stored, and by the periodic poll if that was missed (a restart,
 * another copy of the app).
 */
@ApplicationScoped
public class WebhookProcessor {

    private static final Logger LOG = Logger.getLogger(WebhookProcessor.class);
    /** The wait after each failed attempt; after the last, the delivery is marked failed. */
    static final List<Duration> RETRY_AFTER = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(30));
    private static final int MAX_REASON = 1000;

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    GitHubConfig config;
    @Inject
    WebhookHandlers handlers;

    void afterStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookReceived received) {
        if (config.workerEnabled()) {
            Infrastructure.getDefaultWorkerPool().execute(this::drain);
        }
    }

    @Scheduled(every = "${fivewhys.github.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WorkerDisabled.class)
    void poll() {
        drain();
    }

    /** Processes every due delivery; a failed one is put off, so this ends. */
    public int drain() {
        int processed = 0;
        while (processNext()) {
            processed++;
        }
        return processed;
    }

    /** Puts a failed delivery back in line, due now, with its attempts afresh. */
    public boolean retry(long id) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.update(
                "failedAt = null, attempts = 0, nextAttemptAt = ?1 where id = ?2 and failedAt is not null",
                clock.instant(), id) > 0);
    }

    private boolean processNext() {
        long[] claimed = { 0 };
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Instant now = clock.instant();
                @SuppressWarnings("unchecked")
                List<WebhookDelivery> next = em.createNativeQuery("""
                        select * from webhook_delivery where processed_at is null and failed_at is null
                                                         and next_attempt_at <= ?1
                        order by next_attempt_at, id limit 1 for update skip locked
                        """, WebhookDelivery.class).setParameter(1, Timestamp.from(now)).getResultList();
                if (next.isEmpty()) {
                    return false;
                }
                WebhookDelivery delivery = next.get(0);
                claimed[0] = delivery.id;
                delivery.outcome = WebhookHandlers.storable(handlers.handle(delivery));
                delivery.processedAt = now;
                delivery.lastError = null;
                return true;
            });
        } catch (RuntimeException e) {
            if (claimed[0] == 0) {
                throw e;
            }
            failed(claimed[0], e);
            return true;
        }
    }

    /** Its effects were rolled back with the transaction; what is kept is that it failed, and why. */
    private void failed(long id, RuntimeException e) {
        String reason = reason(e);
        Instant now = clock.instant();
        WebhookDelivery delivery = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(id);
            d.attempts++;
            d.lastError = reason;
            if (d.attempts > RETRY_AFTER.size()) {
                d.failedAt = now;
            } else {
                d.nextAttemptAt = now.plus(RETRY_AFTER.get(d.attempts - 1));
            }
            return d;
        });
        if (delivery.failedAt != null) {
            LOG.errorf(e, "GitHub webhook delivery %s (%s) failed %d times and is given up; retry it from the sync page",
                    delivery.deliveryId, delivery.event, delivery.attempts);
        } else {
            LOG.warnf("GitHub webhook delivery %s (%s) failed (attempt %d), tried again at %s: %s", delivery.deliveryId,
                    delivery.event, delivery.attempts, delivery.nextAttemptAt, reason);
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        text = WebhookHandlers.storable(text);
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
    }
}
