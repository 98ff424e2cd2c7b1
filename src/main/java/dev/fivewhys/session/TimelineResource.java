package dev.fivewhys.session;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** Adds timestamped markdown entries to a session's timeline. */
@Path("/sessions/{id}/log")
@RolesAllowed({ Role.ADMIN, Role.ENGINEER })
public class TimelineResource {

    @Inject
    Forms forms;
    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;

    public static class LogEntryForm {
        @RestForm
        public String occurredAt;

        @RestForm
        @NotBlank(message = "Give the entry a title, e.g. FIVE WHYS ANALYSIS COMPLETED")
        @Size(max = 300, message = "At most 300 characters")
        public String title;

        @RestForm
        @Size(max = 100_000, message = "At most 100,000 characters")
        public String body;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entry(TestSession session, LogEntryForm form, FormErrors errors);
    }

    @GET
    @Path("new")
    public TemplateInstance newEntry(@PathParam("id") long id) {
        LogEntryForm form = new LogEntryForm();
        form.occurredAt = TimeFormat.inputValue(clock.instant());
        return Templates.entry(SessionResource.find(id), form, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@PathParam("id") long id, @BeanParam LogEntryForm form) {
        TestSession session = SessionResource.find(id);
        FormErrors errors = forms.validate(form);
        Instant occurredAt = null;
        try {
            occurredAt = TimeFormat.parseInput(form.occurredAt);
        } catch (DateTimeParseException e) {
            errors.add("occurredAt", "Write a date and time like 2025-09-09T23:20");
        }
        if (!errors.isEmpty()) {
            return Forms.invalid(Templates.entry(session, form, errors));
        }
        Instant now = clock.instant();
        // The session's own version is left alone: a log entry must not conflict with someone editing the session.
        session.addLogEntry(occurredAt == null ? now : occurredAt, form.title.trim(), form.body,
                identity.getPrincipal().getName(), now);
        return forms.redirect("/sessions/" + id + "#timeline", "Log entry added");
    }
}
