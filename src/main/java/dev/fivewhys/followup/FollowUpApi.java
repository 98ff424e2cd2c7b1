package dev.fivewhys.followup;

import java.net.URI;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.ApiProblem;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class FollowUpApi {

    @Inject
    FollowUps followUps;
    @Inject
    SecurityIdentity identity;

    @GET
    @Authenticated
    @Operation(summary = "The follow-ups of an analysis", description = "analysis: the analysis's id.")
    public List<FollowUpJson> list(@QueryParam("analysis") Long analysisId) {
        if (analysisId == null) {
            throw new BadRequestException("analysis: give the id of the analysis whose follow-ups to list");
        }
        return FollowUp.listForAnalysis(FollowUpResource.analysis(analysisId)).stream().map(FollowUpJson::of).toList();
    }

    @POST
    @Path("analysis/{analysisId}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Add a follow-up to an analysis", description = "kind PREVENTION, DETECTION, MITIGATION or "
            + "PROCESS; priority P0 to P3; status OPEN, IN_PROGRESS, DONE or WONT_DO (with statusReason); owner by "
            + "username; dueOn as 2025-09-30; what did it: doneByFixId and/or doneByRef (#12, owner/repo#12, a commit "
            + "or a link).")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "What is missing or cannot be read, field by field")
    public Response create(@PathParam("analysisId") long analysisId, FollowUpText request) {
        Analysis analysis = FollowUpResource.analysis(analysisId);
        required(request);
        FormErrors errors = FormErrors.none();
        FollowUpContent content = request.content(analysis, errors);
        FollowUp followUp = followUps.add(analysis, content, user(), errors);
        if (followUp == null) {
            throw ApiProblem.badRequest(errors);
        }
        return Response.created(URI.create("/api/follow-ups/" + followUp.id)).entity(FollowUpJson.of(followUp)).build();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a follow-up")
    public FollowUpJson get(@PathParam("id") long id) {
        return FollowUpJson.of(FollowUpResource.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Update a follow-up", description = "Send the whole follow-up with the version you read; 409 "
            + "when someone saved in between.")
    @APIResponse(responseCode = "409", description = "Someone else saved it since you read it")
    public FollowUpJson update(@PathParam("id") long id, FollowUpText request) {
        required(request);
        FollowUp followUp = FollowUpResource.find(id);
        Forms.requireVersion(request.version(), followUp.version, "the follow-up");
        FormErrors errors = FormErrors.none();
        FollowUpContent content = request.content(followUp.analysis, errors);
        followUps.save(followUp, content, user(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        return FollowUpJson.of(followUp);
    }

    private static void required(FollowUpText request) {
        if (request == null) {
            throw new BadRequestException("body: send the follow-up as a JSON object");
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
