package dev.fivewhys.session;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fivewhys.project.Project;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.ApiPage;
import dev.fivewhys.web.ApiProblem;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Where;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionApi {

    @Inject
    Clock clock;
    @Inject
    Sessions sessions;
    @Inject
    SecurityIdentity identity;
    @Inject
    SessionJudge judge;
    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Open a test session", description = "CI opens a session, then posts JUnit XML to its results.")
    public Response create(SessionJson.NewSession request) {
        if (request == null) {
            throw new BadRequestException("body: send the session as a JSON object");
        }
        Project project = Project.findBySlug(request.project())
                .orElseThrow(() -> new BadRequestException("project: no project with slug " + request.project()));
        TestSession continues = request.continuesSessionId() == null ? null
                : TestSession.findById(request.continuesSessionId());
        FormErrors errors = FormErrors.none();
        if (request.continuesSessionId() != null && continues == null) {
            errors.add("continuesSessionId", "Choose an earlier session of the same project");
        }
        TestSession session = sessions.open(project, continues, request.content(clock.instant()),
                request.phases() == null ? List.of() : request.phases(),
                request.criteria() == null ? List.of() : request.criteria(), identity.getPrincipal().getName(), errors);
        if (session == null) {
            throw ApiProblem.badRequest(errors);
        }
        return Response.created(URI.create("/api/sessions/" + session.id))
                .entity(SessionJson.Session.of(session, judge.judge(session))).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List test sessions", description = "The latest started first. Filters combine.")
    public ApiPage<SessionJson.Session> list(@Parameter(description = "Project slug") @QueryParam("project") String project,
            @Parameter(description = "PLANNED, RUNNING, …") @QueryParam("status") String status,
            @Parameter(description = "Started at or after this instant") @QueryParam("from") String from,
            @Parameter(description = "Started before this instant") @QueryParam("to") String to,
            @Parameter(description = "From 1") @QueryParam("page") Integer page,
            @Parameter(description = "Up to 200; 25 by default") @QueryParam("size") Integer size) {
        Where where = new Where().and("project.slug = :project", "project", blankToNull(project))
                .and("status = :status", "status", ApiPage.choice("status", status, SessionStatus.class))
                .and("startedAt >= :from", "from", ApiPage.instant("from", from))
                .and("startedAt < :to", "to", ApiPage.instant("to", to));
        return ApiPage.ofRows(TestSession.find(where.orderBy("startedAt desc nulls last, id desc"), where.params()),
                page, size, (List<TestSession> rows) -> SessionList.of(rows, judge, json));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a test session with its plan and its go/no-go")
    public SessionJson.Session get(@PathParam("id") long id) {
        TestSession session = SessionResource.find(id);
        return SessionJson.Session.of(session, judge.judge(session));
    }
}
