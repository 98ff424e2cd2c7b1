package dev.fivewhys.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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

import dev.fivewhys.audit.AuditJson.AuditRead;
import dev.fivewhys.audit.AuditJson.AuditWrite;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.ApiPage;
import dev.fivewhys.web.Where;
import io.quarkus.security.Authenticated;

/** Compliance audits of fixes; with the stability validations they decide a fix's go/no-go. */
@Path("/api/audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class AuditApi extends ReviewApi<ComplianceAudit, AuditContent> {

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Record a compliance audit of a fix", description = "The overall score is derived from the "
            + "checks (mean; a check without a score counts with its outcome's) unless overrideScore is given.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "What cannot be taken, field by field, as the form says it")
    public Response createAudit(AuditWrite request) {
        return create(request, new ComplianceAudit(), AuditRead::of);
    }

    @GET
    @Authenticated
    @Operation(summary = "List compliance audits", description = "The latest recorded first; only a fix's latest counts for its go/no-go.")
    public ApiPage<AuditRead> list(@Parameter(description = "The fix judged") @QueryParam("fix") Long fix,
            @Parameter(description = "Recorded at or after this instant") @QueryParam("from") String from,
            @Parameter(description = "From 1") @QueryParam("page") Integer page,
            @Parameter(description = "Up to 200; 25 by default") @QueryParam("size") Integer size) {
        Where where = new Where().and("fix.id = :fix", "fix", fix)
                .and("recordedAt >= :from", "from", ApiPage.instant("from", from));
        return ApiPage.of(ComplianceAudit.find(where.orderBy("recordedAt desc, id desc"), where.params()), page, size,
                AuditRead::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a compliance audit")
    public AuditRead getAudit(@PathParam("id") long id) {
        return AuditRead.of(FixReview.found(ComplianceAudit.findById(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Update a compliance audit", description = "Send it whole with the version you read.")
    @APIResponse(responseCode = "409", description = "Someone else saved it since you read it")
    public AuditRead updateAudit(@PathParam("id") long id, AuditWrite request) {
        return AuditRead.of(update(FixReview.found(ComplianceAudit.findById(id)), request, "the audit"));
    }

    @Override
    String path() {
        return "/api/audits/";
    }
}
