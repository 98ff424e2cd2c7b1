package dev.fivewhys.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends queued notifications: claims one in a short transaction (SKIP LOCKED, so copies of the app never send the same
 * one), posts it outside any transaction, and records the answer in another. A receiver that fails (no answer, or
 * not 2xx) gets it again after {@link #RETRY_AFTER}; after the last wait it is marked failed, for the delivery page.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    static final List<Duration> RETRY_AFTER = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6));
    /** A sender that died mid-send frees its delivery after this long. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int KEPT = 2000;

    @Inject
    Clock clock;
    @Inject
    NotifyConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private record Claimed(long id, String url, String secret, String payload, String event, int attempts) {
    }

    /** What the receiver said, or why nothing was heard. */
    private record Outcome(Integer status, String body, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Scheduled(every = "${fivewhys.notify.poll-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = NotifyDisabled.class)
    void poll() {
        drain();
    }

    /** Sends every due notification once; a failed one is put off, so this ends. */
    public int drain() {
        int sent = 0;
        while (sendNext()) {
            sent++;
        }
        return sent;
    }

    /** Puts a delivery back in line, due now, with its attempts afresh. */
    public boolean retry(long id) {
        return QuarkusTransaction.requiringNew().call(() -> NotificationDelivery.update(
                "state = ?1, attempts = 0, nextAttemptAt = ?2 where id = ?3 and state in ?4",
                NotificationDelivery.State.PENDING, clock.instant(), id,
                List.of(NotificationDelivery.State.FAILED, NotificationDelivery.State.DELIVERED)) > 0);
    }

    private boolean sendNext() {
        Instant now = clock.instant();
        Claimed claimed = QuarkusTransaction.requiringNew().call(() -> NotificationDelivery
                .claimNext(now, now.plus(CLAIM)).map(d -> new Claimed(d.id, d.hook.url, d.hook.secret, d.payload,
                        d.event.key, d.attempts))
                .orElse(null));
        if (claimed == null) {
            return false;
        }
        Outcome outcome = post(claimed);
        QuarkusTransaction.requiringNew().run(() -> record(claimed, outcome));
        return true;
    }

    private Outcome post(Claimed claimed) {
        byte[] body = claimed.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(claimed.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json").header("User-Agent", "FiveWhys-Notifications")
                    .header("X-FiveWhys-Event", claimed.event())
                    .header("X-FiveWhys-Delivery", Long.toString(claimed.id()))
                    .header(NotificationSignature.HEADER, NotificationSignature.sign(claimed.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), cut(response.body()), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, null, cut(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, null, "interrupted while sending");
        }
    }

    private void record(Claimed claimed, Outcome outcome) {
        NotificationDelivery delivery = NotificationDelivery.findById(claimed.id());
        Instant now = clock.instant();
        delivery.attempts = claimed.attempts() + 1;
        delivery.claimedUntil = null;
        delivery.responseStatus = outcome.status();
        delivery.responseBody = outcome.body();
        if (outcome.delivered()) {
            delivery.state = NotificationDelivery.State.DELIVERED;
            delivery.deliveredAt = now;
            return;
        }
        delivery.lastError = "Attempt " + delivery.attempts + ": "
                + (outcome.error() != null ? outcome.error() : "HTTP " + outcome.status());
        if (delivery.attempts > RETRY_AFTER.size()) {
            delivery.state = NotificationDelivery.State.FAILED;
            LOG.warnf("Notification %d (%s) failed %d times and is given up: %s", delivery.id, claimed.event(),
                    delivery.attempts, delivery.lastError);
        } else {
            delivery.state = NotificationDelivery.State.PENDING;
            delivery.nextAttemptAt = now.plus(RETRY_AFTER.get(delivery.attempts - 1));
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= KEPT ? text : text.substring(0, KEPT - 1) + "…";
    }
}
