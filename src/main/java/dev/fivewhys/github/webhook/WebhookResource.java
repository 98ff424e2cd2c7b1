package dev.fivewhys.github.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        if (event == null || event.isBlank() || deliveryId == null || deliveryId.isBlank() || deliveryId.length() > 100) {
            return answer(400, "X-GitHub-Event and X-GitHub-Delivery headers are required");
        }
        JsonNode payload;
        try {
            payload = json.readTree(body);
        } catch (IOException e) {
            return answer(400, "The body is not JSON");
        }
        String action = payload.path("action").asText(null);
        int stored = em.createNativeQuery("""
                insert into webhook_delivery (id, delivery_id, event, action, payload, received_at)
                values (nextval('webhook_delivery_seq'), ?1, ?2, ?3, ?4, ?5) on conflict (delivery_id) do nothing
                """).setParameter(1, deliveryId).setParameter(2, event).setParameter(3, action)
                .setParameter(4, new String(body, StandardCharsets.UTF_8))
                .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
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
