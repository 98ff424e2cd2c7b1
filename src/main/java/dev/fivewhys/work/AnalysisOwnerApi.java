package dev.fivewhys.work;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.security.Role;
import io.quarkus.security.identity.SecurityIdentity;

/** Who owns an analysis, as its page's "Assign" sets it. */
@Path("/api/analyses/{id}/owner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Owners")
public class AnalysisOwnerApi {

    @Inject
    Owners owners;
    @Inject
    SecurityIdentity identity;

    @PUT
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Transactional
    @Operation(summary = "Give an analysis to someone", description = "owner: the username of an active engineer or "
            + "admin; null or blank for nobody.")
    public Owners.Owner assign(@PathParam("id") long id, Owners.Owner request) {
        Analysis record = Analysis.findById(id);
        if (record == null) {
            throw new NotFoundException();
        }
        owners.assign(record, Owners.namedInApi(request), identity.getPrincipal().getName());
        return new Owners.Owner(record.owner == null ? null : record.owner.username);
    }
}
