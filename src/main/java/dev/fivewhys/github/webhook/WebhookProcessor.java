package dev.fivewhys.github.webhook;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.fivewhys.github.client.GitHubConfig;
import dev.fivewhys.github.outbox.WorkerDisabled;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Processes stored webhook deliveries in order, each once: claimed with SKIP LOCKED, marked processed
 * in the same transaction as its effect. Deliveries are picked up right after they are stored, and
 * by the periodic poll if that was missed (a restart, another copy of the app).
 */
@ApplicationScoped
public class WebhookProcessor {

    private static final Logger LOG = Logger.getLogger(WebhookProcessor.class);

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

    public int drain() {
        int processed = 0;
        try {
            while (processNext()) {
                processed++;
            }
        } catch (RuntimeException e) {
            LOG.error("Processing a GitHub webhook delivery failed; it will be tried again", e);
        }
        return processed;
    }

    @Transactional
    boolean processNext() {
        @SuppressWarnings("unchecked")
        List<WebhookDelivery> next = em.createNativeQuery("""
                select * from webhook_delivery where processed_at is null
                order by received_at, id limit 1 for update skip locked
                """, WebhookDelivery.class).getResultList();
        if (next.isEmpty()) {
            return false;
        }
        WebhookDelivery delivery = next.get(0);
        delivery.outcome = handlers.handle(delivery);
        delivery.processedAt = clock.instant();
        return true;
    }
}
