package dev.fivewhys.audit;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
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

import dev.fivewhys.audit.AuditJson.AuditRead;
import dev.fivewhys.audit.AuditJson.AuditWrite;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.ApiProblem;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Compliance audits of fixes; with the stability validations they decide a fix's go/no-go. */
@Path("/api/audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audits")
public class AuditApi {

    static final Map<String, String> FIELDS = Map.of("checkName", "checks[%d].name", "checkScore", "checks[%d].score",
            "checkNote", "checks[%d].note", "checkMeasurement", "checks[%d].measurement");

    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Record a compliance audit of a fix", description = "The overall score is derived from the "
            + "checks (mean; a check without a score counts with its outcome's) unless overrideScore is given.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response createAudit(@Valid AuditWrite request) {
        Fix fix = fix(request.fixId());
        ComplianceAudit audit = new ComplianceAudit();
        apply(audit, request);
        Instant now = clock.instant();
        audit.fix = fix;
        audit.recordedBy = identity.getPrincipal().getName();
        audit.recordedAt = now;
        audit.updatedAt = now;
        audit.persist();
        return Response.created(URI.create("/api/audits/" + audit.id)).entity(AuditRead.of(audit)).build();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a compliance audit")
    public AuditRead getAudit(@PathParam("id") long id) {
        return AuditRead.of(audit(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Update a compliance audit", description = "Send it whole with the version you read.")
    @APIResponse(responseCode = "409", description = "Someone else saved it since you read it")
    public AuditRead updateAudit(@PathParam("id") long id, @Valid AuditWrite request) {
        ComplianceAudit audit = audit(id);
        Forms.requireVersion(request.version(), audit.version, "the audit");
        apply(audit, request);
        audit.updatedAt = clock.instant();
        return AuditRead.of(audit);
    }

    /** The API speaks through the forms, so both are checked by the same rules. */
    private static void apply(ComplianceAudit audit, AuditWrite request) {
        AuditForm form = new AuditForm();
        form.kind = request.kind();
        if (request.checks() != null) {
            request.checks().forEach(check -> {
                form.checkName.add(check.name());
                form.checkScore.add(check.score() == null ? "" : check.score().toString());
                form.checkOutcome.add(check.outcome().name());
                form.checkNote.add(check.note() == null ? "" : check.note());
            });
        }
        form.overrideScore = request.overrideScore() == null ? "" : request.overrideScore().toString();
        form.verdict = request.verdict();
        form.recommendation = request.recommendation().name();
        form.conditions = request.conditions() == null ? "" : String.join("\n", request.conditions());
        form.reportPath = request.reportPath();
        form.auditor = request.auditor();
        FormErrors errors = FormErrors.none();
        form.applyTo(audit, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors, FIELDS);
        }
    }

    static Fix fix(Long id) {
        Fix fix = id == null ? null : Fix.findById(id);
        if (fix == null) {
            throw new BadRequestException("fixId must name an existing fix");
        }
        return fix;
    }

    private static ComplianceAudit audit(long id) {
        ComplianceAudit audit = ComplianceAudit.findById(id);
        if (audit == null) {
            throw new NotFoundException();
        }
        return audit;
    }

}
