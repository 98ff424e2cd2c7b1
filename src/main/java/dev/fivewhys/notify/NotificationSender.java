package dev.fivewhys.notify;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.fivewhys.core.ValidationProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

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
    /** Enough bytes for {@link #KEPT} characters and one more, whatever their UTF-8 length; the rest is not read. */
    private static final int KEPT_BYTES = 4 * KEPT + 4;

    @Inject
    Clock clock;
    @Inject
    NotifyConfig config;

    @Inject
    HookAddressGuard guard;
    @Inject
    Vertx vertx;

    private static final Duration CONNECT = Duration.ofSeconds(5);
    /**
     * Vert.x's client rather than the JDK's: only it connects to a given address while naming another host in the Host
     * header and TLS. No connection is kept, so none made to an earlier address is used again.
     */
    private HttpClient http;

    @PostConstruct
    void start() {
        http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) CONNECT.toMillis())
                .setKeepAlive(false).setForceSni(true).setVerifyHost(true));
    }

    @PreDestroy
    void stop() {
        http.close();
    }

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
        URI url;
        InetAddress to;
        try {
            url = URI.create(claimed.url());
            // checked again at each attempt: the name may point elsewhere since the hook was saved
            to = guard.destination(url);
        } catch (ValidationProblem | IllegalArgumentException refused) {
            return new Outcome(null, null, "Not sent: " + refused.getMessage());
        }
        byte[] body = claimed.payload().getBytes(StandardCharsets.UTF_8);
        return send(request(claimed, url, to, body), body);
    }

    private RequestOptions request(Claimed claimed, URI url, InetAddress to, byte[] body) {
        boolean https = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return new RequestOptions().setMethod(HttpMethod.POST)
                // the checked address itself, without its name, so nothing looks the name up again
                .setServer(SocketAddress.inetSocketAddress(port, to.getHostAddress()))
                // while the Host header, TLS name (SNI) and certificate check use the URL's host
                .setHost(url.getHost()).setPort(port).setSsl(https).setURI(path).setFollowRedirects(false)
                .setIdleTimeout(config.timeout().toMillis()).putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "FiveWhys-Notifications").putHeader("X-FiveWhys-Event", claimed.event())
                .putHeader("X-FiveWhys-Delivery", Long.toString(claimed.id()))
                .putHeader(NotificationSignature.HEADER, NotificationSignature.sign(claimed.secret(), body));
    }

    private Outcome send(RequestOptions request, byte[] body) {
        try {
            return http.request(request).compose(r -> r.send(Buffer.buffer(body)))
                    .compose(r -> firstBytes(r).map(answer -> new Outcome(r.statusCode(), cut(answer), null)))
                    .toCompletionStage().toCompletableFuture()
                    .get(CONNECT.plus(config.timeout()).toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Outcome(null, null, cut(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        } catch (TimeoutException e) {
            return new Outcome(null, null, "no answer within " + config.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, null, "interrupted while sending");
        }
    }

    /**
     * The start of the receiver's answer: a receiver that sends a huge or endless body gets its connection closed once
     * enough is read, rather than filling the heap or keeping the sender until the timeout.
     */
    private static Future<String> firstBytes(HttpClientResponse response) {
        Promise<String> read = Promise.promise();
        Buffer kept = Buffer.buffer();
        response.handler(chunk -> {
            kept.appendBuffer(chunk, 0, Math.min(chunk.length(), KEPT_BYTES - kept.length()));
            if (kept.length() == KEPT_BYTES && read.tryComplete(kept.toString(StandardCharsets.UTF_8))) {
                response.request().reset();
            }
        });
        response.endHandler(end -> read.tryComplete(kept.toString(StandardCharsets.UTF_8)));
        response.exceptionHandler(read::tryFail);
        return read.future();
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
