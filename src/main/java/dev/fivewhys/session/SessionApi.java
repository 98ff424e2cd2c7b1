package dev.fivewhys.session;

import java.net.URI;
import java.time.Clock;
import java.util.Currency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.fivewhys.project.Project;
import dev.fivewhys.security.Role;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionApi {

    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Open a test session", description = "CI opens a session, then posts JUnit XML to its results.")
    public Response create(@Valid SessionJson.NewSession request) {
        Project project = Project.findBySlug(request.project())
                .orElseThrow(() -> new BadRequestException("No project with slug " + request.project()));
        TestSession session = new TestSession();
        session.project = project;
        session.title = request.title().trim();
        session.mission = request.mission();
        session.environment = request.environment();
        session.status = request.status() == null ? SessionStatus.RUNNING : request.status();
        session.startedAt = request.startedAt() == null ? clock.instant() : request.startedAt();
        session.endedAt = request.endedAt();
        if (session.endedAt != null && session.endedAt.isBefore(session.startedAt)) {
            throw new BadRequestException("endedAt is before startedAt");
        }
        session.target = request.target();
        session.performanceTarget = request.performanceTarget();
        if (request.impact() != null) {
            applyImpact(session.impact, request.impact());
        }
        if (request.continuesSessionId() != null) {
            TestSession previous = TestSession.findById(request.continuesSessionId());
            if (previous == null || previous.project != project) {
                throw new BadRequestException("continuesSessionId must name a session of the same project");
            }
            session.continues = previous;
        }
        if (request.phases() != null) {
            for (SessionJson.Phase p : request.phases()) {
                SessionPhase phase = session.addPhase(p.name(), p.priority(), p.description());
                if (p.suites() != null) {
                    p.suites().forEach(s -> phase.addSuite(s.path(), s.expectedCount(), s.description()));
                }
            }
        }
        if (request.criteria() != null) {
            request.criteria()
                    .forEach(c -> session.addCriterion(c.text(), c.state() == null ? CriterionState.OPEN : c.state()));
        }
        session.createdBy = identity.getPrincipal().getName();
        session.createdAt = clock.instant();
        session.updatedAt = session.createdAt;
        session.persist();
        return Response.created(URI.create("/api/sessions/" + session.id)).entity(SessionJson.Session.of(session)).build();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a test session with its plan")
    public SessionJson.Session get(@PathParam("id") long id) {
        return SessionJson.Session.of(SessionResource.find(id));
    }

    private static void applyImpact(BusinessImpact impact, SessionJson.Impact request) {
        try {
            Currency.getInstance(request.currency());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown currency " + request.currency());
        }
        impact.amountMinor = request.amountMinor();
        impact.currency = request.currency();
        impact.basis = request.basis();
        impact.note = request.note();
    }
}
