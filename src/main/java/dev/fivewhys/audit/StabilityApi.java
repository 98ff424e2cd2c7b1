package dev.fivewhys.audit;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.fivewhys.audit.AuditJson.StabilityRead;
import dev.fivewhys.audit.AuditJson.StabilityWrite;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.ApiProblem;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Stability validations of fixes; with the compliance audits they decide a fix's go/no-go. */
@Path("/api/stability-validations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class StabilityApi {

    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Record a stability validation of a fix")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response createValidation(@Valid StabilityWrite request) {
        Fix fix = AuditApi.fix(request.fixId());
        StabilityValidation validation = new StabilityValidation();
        apply(validation, request);
        Instant now = clock.instant();
        validation.fix = fix;
        validation.recordedBy = identity.getPrincipal().getName();
        validation.recordedAt = now;
        validation.updatedAt = now;
        validation.persist();
        return Response.created(URI.create("/api/stability-validations/" + validation.id))
                .entity(StabilityRead.of(validation)).build();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a stability validation")
    public StabilityRead getValidation(@PathParam("id") long id) {
        return StabilityRead.of(validation(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Update a stability validation", description = "Send it whole with the version you read.")
    @APIResponse(responseCode = "409", description = "Someone else saved it since you read it")
    public StabilityRead updateValidation(@PathParam("id") long id, @Valid StabilityWrite request) {
        StabilityValidation validation = validation(id);
        Forms.requireVersion(request.version(), validation.version, "the validation");
        apply(validation, request);
        validation.updatedAt = clock.instant();
        return StabilityRead.of(validation);
    }

    /** The API speaks through the form, so both are checked by the same rules. */
    private static void apply(StabilityValidation validation, StabilityWrite request) {
        StabilityForm form = new StabilityForm();
        if (request.checks() != null) {
            request.checks().forEach(check -> {
                form.checkName.add(check.name());
                form.checkOutcome.add(check.outcome().name());
                form.checkMeasurement.add(check.measurement() == null ? "" : check.measurement());
            });
        }
        form.riskLevel = request.riskLevel().name();
        form.readiness = request.readiness().name();
        form.notes = request.notes();
        FormErrors errors = FormErrors.none();
        form.applyTo(validation, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors, AuditApi.FIELDS);
        }
    }

    private static StabilityValidation validation(long id) {
        StabilityValidation validation = StabilityValidation.findById(id);
        if (validation == null) {
            throw new NotFoundException();
        }
        return validation;
    }
}
