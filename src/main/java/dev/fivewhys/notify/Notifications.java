package dev.fivewhys.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.project.Project;

/**
 * Queues a notification for each of the project's hooks that wants the event, in the caller's transaction (the
 * outbox): the change and its notifications are committed together or not at all, and nothing is sent from inside it.
 * The body is what Slack's and Microsoft Teams' incoming webhooks accept as it is: a {@code text} with the link, and
 * beside it the same facts as fields for other receivers.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    FiveWhysConfig config;

    /**
     * @param summary one sentence, e.g. "Failure #12 came back: ImportError …"
     * @param path the page it is about, e.g. "/failures/12"
     * @param details more facts as fields, e.g. the open follow-ups
     * @return how many deliveries were queued
     */
    public int queue(Project project, NotificationEvent event, String summary, String path, Map<String, Object> details) {
        int queued = 0;
        Instant now = clock.instant();
        for (NotificationHook hook : NotificationHook.listFor(project)) {
            if (!hook.sends(event)) {
                continue;
            }
            NotificationDelivery delivery = new NotificationDelivery();
            delivery.hook = hook;
            delivery.event = event;
            delivery.payload = body(project, event, summary, path, details, now);
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
            queued++;
        }
        return queued;
    }

    String body(Project project, NotificationEvent event, String summary, String path, Map<String, Object> details,
            Instant now) {
        String url = config.absolute(path);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "[" + project.name + "] " + summary + " " + url);
        body.put("event", event.key);
        body.put("project", project.slug);
        body.put("summary", summary);
        body.put("url", url);
        body.put("occurredAt", now.toString());
        body.put("details", details);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification body could not be written", e);
        }
    }
}
