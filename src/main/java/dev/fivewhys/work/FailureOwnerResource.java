package dev.fivewhys.work;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.security.Role;
import dev.fivewhys.security.User;
import dev.fivewhys.web.Forms;
import io.quarkus.security.identity.SecurityIdentity;

/** "Owner: [engineer] Assign" on a failure's page. */
@Path("/failures/{id}/owner")
public class FailureOwnerResource {

    @Inject
    Owners owners;
    @Inject
    Forms forms;
    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response assign(@PathParam("id") long id, @RestForm String owner) {
        Failure record = Failure.findById(id);
        if (record == null) {
            throw new NotFoundException();
        }
        User user = Owners.namedOrRefused(owner);
        boolean changed = owners.assign(record, user, identity.getPrincipal().getName());
        return forms.redirect("/failures/" + id, Owners.message(changed, user));
    }
}
