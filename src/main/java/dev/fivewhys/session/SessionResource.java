package dev.fivewhys.session;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.project.Project;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.Paging;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.arc.All;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/sessions")
public class SessionResource {

    @Inject
    Forms forms;
    @Inject
    Sessions sessions;
    @Inject
    SecurityIdentity identity;
    /** What other features show on a session's page, read with it. */
    @Inject
    @All
    List<SheetPart<?>> parts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paging<TestSession> sessions, SessionFilter filter, List<Project> projects,
                SessionStatus[] statuses);

        static native TemplateInstance detail(SessionSheet session, TimelineFilter log, List<TimelineDay> days,
                List<TimelineFilter.Link> filters);

        static native TemplateInstance form(SessionForm form, FormErrors errors, Long editing, List<Project> projects,
                List<TestSession> earlierSessions, SessionStatus[] statuses, TestSession carriedFrom);
    }

    @GET
    @Authenticated
    public TemplateInstance list(@QueryParam("project") String project, @QueryParam("status") String status,
            @QueryParam("page") Integer page) {
        if (status != null && !status.isBlank() && !SessionFilter.isKnownStatus(status)) {
            throw new BadRequestException("Unknown status " + status);
        }
        SessionFilter filter = new SessionFilter(project, status);
        int current = Paging.clampPage(page);
        PanacheQuery<TestSession> query = filter.query(current, Paging.DEFAULT_SIZE);
        Paging<TestSession> sessions = new Paging<>(query.list(), current, Paging.DEFAULT_SIZE, query.count());
        return Templates.list(sessions, filter, Project.listByName(), SessionStatus.values());
    }

    @GET
    @Path("new")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public TemplateInstance newSession(@QueryParam("project") Long projectId, @QueryParam("continues") Long continues) {
        SessionForm form = new SessionForm();
        form.projectId = projectId;
        form.continuesSessionId = continues;
        TestSession previous = continues == null ? null : TestSession.findById(continues);
        if (previous != null) {
            form.carryFrom(previous);
        }
        return page(form, FormErrors.none(), null);
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam SessionForm form) {
        FormErrors errors = FormErrors.none();
        TestSession continues = form.continues(errors);
        TestSession session = sessions.open(form.project(errors), continues, form.content(errors),
                form.carriedPhases(continues), form.carriedCriteria(), identity.getPrincipal().getName(), errors);
        if (session == null) {
            return Forms.invalid(page(form, SessionForm.placed(errors), null));
        }
        return forms.redirect("/sessions/" + session.id, "Session created");
    }

    @GET
    @Path("{id}")
    @Authenticated
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("log") String log) {
        TimelineFilter filter = TimelineFilter.parse(log);
        SessionSheet session = SessionSheet.read(id, parts);
        if (session == null) {
            throw new NotFoundException();
        }
        return Templates.detail(session, filter, TimelineDay.of(filter.of(session.timeline()), TimeFormat.zone()),
                TimelineFilter.links(id, filter));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public TemplateInstance edit(@PathParam("id") long id) {
        TestSession session = find(id);
        return page(SessionForm.from(session), FormErrors.none(), session.id);
    }

    @POST
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam SessionForm form) {
        TestSession session = find(id);
        FormErrors errors = FormErrors.none();
        if (Forms.staleEdit(form.version, session.version, "this session", errors)) {
            form.version = session.version;
            return Forms.conflict(page(form, errors, id));
        }
        sessions.save(session, form.project(errors), form.continues(errors), form.content(errors), errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(form, SessionForm.placed(errors), id));
        }
        return forms.redirect("/sessions/" + id, "Session saved");
    }

    static TestSession find(long id) {
        TestSession session = TestSession.findById(id);
        if (session == null) {
            throw new NotFoundException();
        }
        return session;
    }

    private TemplateInstance page(SessionForm form, FormErrors errors, Long editing) {
        List<TestSession> earlier = TestSession.listRecent(200).stream()
                .filter(s -> editing == null || !s.id.equals(editing)).toList();
        // a new session continuing another shows what it carries over from it
        TestSession carriedFrom = editing != null || form.continuesSessionId == null ? null
                : TestSession.findById(form.continuesSessionId);
        return Templates.form(form, errors, editing, Project.listByName(), earlier, SessionStatus.values(), carriedFrom);
    }
}
