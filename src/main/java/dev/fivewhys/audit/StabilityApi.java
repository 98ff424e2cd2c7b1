package dev.fivewhys.audit;

import java.util.function.UnaryOperator;

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

import dev.fivewhys.audit.AuditJson.StabilityRead;
import dev.fivewhys.audit.AuditJson.StabilityWrite;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.ApiPage;
import dev.fivewhys.web.Where;
import io.quarkus.security.Authenticated;

/** Stability validations of fixes; with the compliance audits they decide a fix's go/no-go. */
@Path("/api/stability-validations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class StabilityApi extends ReviewApi<StabilityValidation, StabilityContent> {

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Record a stability validation of a fix")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "What cannot be taken, field by field, as the form says it")
    public Response createValidation(StabilityWrite request) {
        return create(request, new StabilityValidation(), StabilityRead::of);
    }

    @GET
    @Authenticated
    @Operation(summary = "List stability validations", description = "The latest recorded first; only a fix's latest counts for its go/no-go.")
    public ApiPage<StabilityRead> list(@Parameter(description = "The fix judged") @QueryParam("fix") Long fix,
            @Parameter(description = "Recorded at or after this instant") @QueryParam("from") String from,
            @Parameter(description = "From 1") @QueryParam("page") Integer page,
            @Parameter(description = "Up to 200; 25 by default") @QueryParam("size") Integer size) {
        Where where = new Where().and("fix.id = :fix", "fix", fix)
                .and("recordedAt >= :from", "from", ApiPage.instant("from", from));
        return ApiPage.of(StabilityValidation.find(where.orderBy("recordedAt desc, id desc"), where.params()), page, size,
                StabilityRead::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a stability validation")
    public StabilityRead getValidation(@PathParam("id") long id) {
        return StabilityRead.of(FixReview.found(StabilityValidation.findById(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Update a stability validation", description = "Send it whole with the version you read.")
    @APIResponse(responseCode = "409", description = "Someone else saved it since you read it")
    public StabilityRead updateValidation(@PathParam("id") long id, StabilityWrite request) {
        return StabilityRead.of(update(FixReview.found(StabilityValidation.findById(id)), request, "the validation"));
    }

    @Override
    String path() {
        return "/api/stability-validations/";
    }

    /** A check's note is its measurement here. */
    @Override
    UnaryOperator<String> jsonField() {
        return field -> field.replaceFirst("\\.note$", ".measurement");
    }
}
