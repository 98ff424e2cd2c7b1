package dev.fivewhys.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.core.Choices;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.project.Project;
import dev.fivewhys.web.FormErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The one writer of a project's notification hooks: each one checked the same way. */
@ApplicationScoped
public class NotificationHooks {

    static final int MAX_URL = 2000;

    @Inject
    Clock clock;
    @Inject
    HookAddressGuard guard;

    /**
     * Only http and https are sent to; anything else (file:, ftp:, javascript:…) is refused, and the message says so.
     *
     * @throws ValidationProblem naming what is wrong with the address
     */
    static URI address(String url) {
        if (url == null || url.isBlank()) {
            throw new ValidationProblem("Give the address to send to, starting with https://");
        }
        if (url.strip().length() > MAX_URL) {
            throw new ValidationProblem("At most 2,000 characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ValidationProblem("This is not an address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new ValidationProblem("Only http:// and https:// addresses are sent to"
                    + (scheme.isEmpty() ? "" : ", not " + scheme + ":"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ValidationProblem("Give the address with its host, e.g. https://hooks.slack.com/services/…");
        }
        return uri;
    }

    /**
     * Checks the form, then stores the hook in a transaction of its own: the caller must not hold one, since the
     * address's host is looked up in DNS first.
     *
     * @return the new hook, or null when messages were added beside the fields
     */
    public NotificationHook add(Project project, String url, String secret, List<String> events, String actor,
            FormErrors errors) {
        URI address = errors.read("url", () -> address(url));
        if (address != null) {
            errors.read("url", () -> guard.destination(address));
        }
        String key = secret == null ? "" : secret.strip();
        if (key.length() < 8 || key.length() > 200) {
            errors.add("secret", "A secret of 8 to 200 characters, which the receiver checks the signature with");
        }
        List<NotificationEvent> chosen = new ArrayList<>();
        for (String event : events == null ? List.<String> of() : events) {
            NotificationEvent e = errors.read("events", () -> Choices.parse(NotificationEvent.class, event));
            if (e != null && !chosen.contains(e)) {
                chosen.add(e);
            }
        }
        if (chosen.isEmpty()) {
            errors.add("events", "Choose at least one event to send");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        NotificationHook hook = new NotificationHook();
        hook.url = address.toString();
        hook.secret = key;
        hook.events = chosen.stream().map(Enum::name).collect(Collectors.joining(","));
        hook.createdBy = actor;
        hook.createdAt = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            hook.project = Project.getEntityManager().getReference(Project.class, project.id);
            hook.persist();
        });
        return hook;
    }
}
