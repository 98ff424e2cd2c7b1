package dev.fivewhys.fix;

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

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.ApiPage;
import dev.fivewhys.web.ApiProblem;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.Where;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/fixes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Fixes")
public class FixApi {

    @Inject
    Fixes fixes;
    @Inject
    SecurityIdentity identity;
    @Inject
    FixJson.Reviews reviews;

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Record a fix of an analysis", description = "Moves the analysed failure to FIX_IN_PROGRESS. "
            + "Commit SHA, pull request and line ranges are checked as on the fix form.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "What cannot be read, field by field")
    public Response create(FixJson.Write request) {
        FixText text = text(request);
        Analysis analysis = request.analysisId == null ? null : Analysis.findById(request.analysisId);
        if (analysis == null) {
            throw new BadRequestException("analysisId must name an existing analysis");
        }
        FormErrors errors = FormErrors.none();
        FixContent content = text.content(analysis.project.githubRepository, errors);
        Fix fix = fixes.record(analysis, content, request.status == null ? FixStatus.PROPOSED : request.status,
                identity.getPrincipal().getName(), errors);
        if (fix == null) {
            throw ApiProblem.badRequest(errors);
        }
        return Response.created(URI.create("/api/fixes/" + fix.id)).entity(read(fix)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List fixes", description = "The latest changed first. Filters combine.")
    public ApiPage<FixJson.Read> list(
            @Parameter(description = "PROPOSED, MERGED, DEPLOYED or VERIFIED") @QueryParam("status") String status,
            @Parameter(description = "The analysis it fixes") @QueryParam("analysis") Long analysis,
            @Parameter(description = "Its pull request's repository, owner/name") @QueryParam("repository") String repository,
            @Parameter(description = "Its pull request's number") @QueryParam("pullRequest") Integer pullRequest,
            @Parameter(description = "From 1") @QueryParam("page") Integer page,
            @Parameter(description = "Up to 200; 25 by default") @QueryParam("size") Integer size) {
        Where where = new Where().and("status = :status", "status", ApiPage.choice("status", status, FixStatus.class))
                .and("analysis.id = :analysis", "analysis", analysis)
                .and("pullRequestRepository = :repository", "repository",
                        repository == null || repository.isBlank() ? null : repository.strip())
                .and("pullRequestNumber = :number", "number", pullRequest);
        return ApiPage.of(Fix.find(where.orderBy("updatedAt desc, id desc"), where.params()), page, size, this::read);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a fix with its audits, stability validations and go/no-go decision")
    public FixJson.Read get(@PathParam("id") long id) {
        return read(FixResource.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Update a fix", description = "Send the whole fix with the version you read; 409 when someone "
            + "saved in between. A different status must be the next step (PROPOSED → MERGED → DEPLOYED → VERIFIED).")
    @APIResponse(responseCode = "409", description = "Someone else saved it since you read it")
    public FixJson.Read update(@PathParam("id") long id, FixJson.Write request) {
        FixText text = text(request);
        Fix fix = FixResource.find(id);
        Forms.requireVersion(request.version, fix.version, "the fix");
        FormErrors errors = FormErrors.none();
        fixes.save(fix, text.content(fix.analysis.project.githubRepository, errors), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        if (request.status != null && request.status != fix.status) {
            try {
                fixes.advance(fix, request.status, identity.getPrincipal().getName());
            } catch (ValidationProblem problem) {
                throw new BadRequestException("status: " + problem.getMessage());
            }
        }
        return read(fix);
    }

    private FixJson.Read read(Fix fix) {
        return FixJson.Read.of(fix, reviews.of(fix));
    }

    private static FixText text(FixJson.Write request) {
        if (request == null || request.fix == null) {
            throw new BadRequestException("body: send the fix as a JSON object");
        }
        return request.fix;
    }
}
