package dev.fivewhys.analysis;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.security.Role;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.web.ApiPage;
import dev.fivewhys.web.ApiProblem;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.Where;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/analyses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Analyses")
public class AnalysisApi {

    @Inject
    Analyses analyses;
    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Start a five-whys analysis", description = "Of a failure (failureId) or, when no single "
            + "failure explains it, of a session (sessionId). Starting one moves an open failure to ANALYSING. "
            + "status COMPLETE completes it at once, which needs a problem statement, a why and a root cause.")
    @APIResponse(responseCode = "201", description = "Started")
    @APIResponse(responseCode = "400", description = "What is missing or cannot be read, field by field")
    public Response create(AnalysisJson.Write request) {
        required(request);
        Failure failure = request.failureId() == null ? null : Failure.findById(request.failureId());
        TestSession session = failure != null || request.sessionId() == null ? null
                : TestSession.findById(request.sessionId());
        if (failure == null && session == null) {
            throw new BadRequestException("failureId or sessionId must name an existing failure or session");
        }
        if (request.status() == AnalysisStatus.VERIFIED) {
            throw new BadRequestException("status: an analysis is verified when its fix is, not when it is written");
        }
        FormErrors errors = FormErrors.none();
        AnalysisContent content = request.content(errors);
        Analysis analysis = analyses.start(failure, session, content, request.status() == AnalysisStatus.COMPLETE,
                identity.getPrincipal().getName(), errors);
        if (analysis == null) {
            throw ApiProblem.badRequest(errors);
        }
        return Response.created(URI.create("/api/analyses/" + analysis.id)).entity(AnalysisJson.Read.of(analysis)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List five-whys analyses", description = "The latest changed first. Filters combine.")
    public ApiPage<AnalysisJson.Read> list(@Parameter(description = "Project slug") @QueryParam("project") String project,
            @Parameter(description = "The failure analysed") @QueryParam("failure") Long failure,
            @Parameter(description = "The session analysed") @QueryParam("session") Long session,
            @Parameter(description = "DRAFT, COMPLETE or VERIFIED") @QueryParam("status") String status,
            @Parameter(description = "From 1") @QueryParam("page") Integer page,
            @Parameter(description = "Up to 200; 25 by default") @QueryParam("size") Integer size) {
        Where where = new Where().and("project.slug = :project", "project", project == null || project.isBlank() ? null
                : project.strip()).and("failure.id = :failure", "failure", failure)
                .and("session.id = :session", "session", session)
                .and("status = :status", "status", ApiPage.choice("status", status, AnalysisStatus.class));
        return ApiPage.of(Analysis.find(where.orderBy("updatedAt desc, id desc"), where.params()), page, size,
                AnalysisJson.Read::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a five-whys analysis with its chain of whys")
    public AnalysisJson.Read get(@PathParam("id") long id) {
        return AnalysisJson.Read.of(AnalysisResource.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Update a five-whys analysis", description = "Send the whole analysis with the version you "
            + "read; 409 when someone saved in between. status COMPLETE completes a draft, DRAFT reopens a complete one.")
    @APIResponse(responseCode = "409", description = "Someone else saved it since you read it")
    public AnalysisJson.Read update(@PathParam("id") long id, AnalysisJson.Write request) {
        required(request);
        Analysis analysis = AnalysisResource.find(id);
        Forms.requireVersion(request.version(), analysis.version, "the analysis");
        if (request.status() == AnalysisStatus.VERIFIED && analysis.status != AnalysisStatus.VERIFIED) {
            throw new BadRequestException("status: an analysis is verified when its fix is, not when it is written");
        }
        String user = identity.getPrincipal().getName();
        try {
            if (request.status() == AnalysisStatus.DRAFT && analysis.status == AnalysisStatus.COMPLETE) {
                analyses.reopen(analysis, user);
            }
        } catch (ValidationProblem problem) {
            throw new BadRequestException("status: " + problem.getMessage());
        }
        FormErrors errors = FormErrors.none();
        AnalysisContent content = request.content(errors);
        analyses.save(analysis, content, request.status() == AnalysisStatus.COMPLETE, user, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        return AnalysisJson.Read.of(analysis);
    }

    private static void required(AnalysisJson.Write request) {
        if (request == null) {
            throw new BadRequestException("body: send the analysis as a JSON object");
        }
    }
}
