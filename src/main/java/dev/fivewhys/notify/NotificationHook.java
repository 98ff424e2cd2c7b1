package dev.fivewhys.notify;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.fivewhys.project.Project;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Where a project's events are sent: a URL, the secret that signs each body, and which events. */
@Entity
@Table(name = "notification_hook")
public class NotificationHook extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public Project project;
    public String url;
    /** Signs each body; never shown again after it is set. */
    public String secret;
    public String events;
    public String createdBy;
    public Instant createdAt;

    public static List<NotificationHook> listFor(Project project) {
        return list("project = ?1 order by id", project);
    }

    public Set<NotificationEvent> eventSet() {
        return Arrays.stream(events.split(",")).map(String::strip).filter(e -> !e.isEmpty())
                .map(NotificationEvent::valueOf).collect(Collectors.toSet());
    }

    public boolean sends(NotificationEvent event) {
        return eventSet().contains(event);
    }

    /**
     * The address as the page shows it: scheme and host only, since the path of a Slack or Teams incoming webhook is
     * itself a credential.
     */
    public String shownUrl() {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "" : "/…");
    }

    /** "A session turns NO GO, A fix is verified" for the page. */
    public String eventLabels() {
        return Arrays.stream(NotificationEvent.values()).filter(this::sends).map(e -> e.label)
                .collect(Collectors.joining(", "));
    }
}
