package dev.fivewhys.notify;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.project.Project;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** A project's notification webhooks and what was delivered to them, with the answers. Admins only: secrets. */
@Path("/projects/{slug}/notifications")
@RolesAllowed(Role.ADMIN)
public class NotificationResource {

    static final int DELIVERIES_LISTED = 50;

    @Inject
    NotificationHooks hooks;
    @Inject
    NotificationSender sender;
    @Inject
    Forms forms;
    @Inject
    SecurityIdentity identity;

    /** The add form as typed (the secret is never sent back). */
    public record Typed(String url, List<String> events) {
        public boolean chose(NotificationEvent event) {
            return events != null && events.contains(event.name());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Project project, List<NotificationHook> hooks,
                List<NotificationDelivery> deliveries, Typed form, FormErrors errors, NotificationEvent[] events);
    }

    @GET
    public TemplateInstance page(@PathParam("slug") String slug) {
        return page(project(slug), new Typed("", List.of()), FormErrors.none());
    }

    /** No transaction here: the address's host is looked up in DNS before the hook is stored in one of its own. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("slug") String slug, @RestForm String url, @RestForm String secret,
            @RestForm("events") List<String> events) {
        Project project = project(slug);
        FormErrors errors = FormErrors.none();
        NotificationHook hook = hooks.add(project, url, secret, events, identity.getPrincipal().getName(), errors);
        if (hook == null) {
            return Forms.invalid(page(project, new Typed(url, events), errors));
        }
        return forms.redirect(base(slug), "Notifications will be sent to " + hook.shownUrl());
    }

    @POST
    @Path("{hookId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response delete(@PathParam("slug") String slug, @PathParam("hookId") long hookId) {
        Project project = project(slug);
        long deleted = NotificationHook.delete("id = ?1 and project = ?2", hookId, project);
        return forms.redirect(base(slug), deleted > 0 ? "Webhook removed" : "No such webhook");
    }

    @POST
    @Path("deliveries/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("slug") String slug, @PathParam("id") long id) {
        project(slug);
        return forms.redirect(base(slug), sender.retry(id) ? "Delivery queued again" : "Nothing to retry");
    }

    private static TemplateInstance page(Project project, Typed form, FormErrors errors) {
        return Templates.page(project, NotificationHook.listFor(project),
                NotificationDelivery.latestFor(project, DELIVERIES_LISTED), form, errors, NotificationEvent.values());
    }

    private static Project project(String slug) {
        return Project.findBySlug(slug).orElseThrow(() -> new NotFoundException("No project " + slug));
    }

    private static String base(String slug) {
        return "/projects/" + slug + "/notifications";
    }
}
