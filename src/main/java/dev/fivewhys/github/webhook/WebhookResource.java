package dev.fivewhys.github.webhook;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.github.client.GitHubConfig;

/**
 * GitHub's deliveries. The signature over the raw body is checked first; a delivery is stored once
 * (by its delivery id) and answered at once, and {@link WebhookProcessor} acts on it afterwards.
 */
@Path("/github/webhook")
@Tag(name = "GitHub webhook")
public class WebhookResource {

    /** The columns' sizes: GitHub's own values are far shorter. */
    static final int MAX_EVENT = 50;
    static final int MAX_ACTION = 50;
    static final int MAX_DELIVERY_ID = 100;

    @Inject
    GitHubConfig config;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    Event<WebhookReceived> received;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Receive a GitHub webhook delivery (signed with the webhook secret)")
    public Response receive(byte[] body, @HeaderParam(WebhookSignature.HEADER) String signature,
            @HeaderParam("X-GitHub-Event") String event, @HeaderParam("X-GitHub-Delivery") String deliveryId) {
        String secret = config.webhookSecret().filter(s -> !s.isBlank()).orElse(null);
        if (secret == null) {
            return answer(503, "Webhooks are not configured: set FIVEWHYS_GITHUB_WEBHOOK_SECRET");
        }
        if (!new WebhookSignature(secret).verify(body, signature)) {
            return answer(401, "The X-Hub-Signature-256 signature does not match this body");
        }
        if (event == null || event.isBlank() || deliveryId == null || deliveryId.isBlank()) {
            return answer(400, "X-GitHub-Event and X-GitHub-Delivery headers are required");
        }
        if (event.length() > MAX_EVENT || deliveryId.length() > MAX_DELIVERY_ID) {
            return answer(400, "X-GitHub-Event is at most " + MAX_EVENT + " characters and X-GitHub-Delivery at most "
                    + MAX_DELIVERY_ID);
        }
        JsonNode payload;
        try {
            payload = json.readTree(body);
        } catch (IOException e) {
            return answer(400, "The body is not JSON");
        }
        if (payload == null || !payload.isObject()) {
            return answer(400, "The body is not a JSON object");
        }
        String action = payload.path("action").isTextual() ? payload.path("action").asText() : null;
        if (action != null && (action.length() > MAX_ACTION || action.chars().anyMatch(Character::isISOControl))) {
            return answer(400, "The payload's action is at most " + MAX_ACTION + " characters, without control characters");
        }
        Timestamp now = Timestamp.from(clock.instant());
        // The body byte for byte: any JSON fits, \u0000 and all, and nothing is lost to a character set.
        int stored = em.createNativeQuery("""
                insert into webhook_delivery (id, delivery_id, event, action, payload, received_at, next_attempt_at)
                values (nextval('webhook_delivery_seq'), ?1, ?2, ?3, ?4, ?5, ?5) on conflict (delivery_id) do nothing
                """).setParameter(1, deliveryId).setParameter(2, event).setParameter(3, action)
                .setParameter(4, body).setParameter(5, now).executeUpdate();
        if (stored == 0) {
            return answer(200, "Delivery " + deliveryId + " was already received");
        }
        received.fire(new WebhookReceived(deliveryId));
        return answer(202, "Accepted");
    }

    private static Response answer(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("message", message)).build();
    }
}
