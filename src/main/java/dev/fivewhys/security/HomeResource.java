package dev.fivewhys.security;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/")
@Authenticated
public class HomeResource {

    @Inject
    SecurityIdentity identity;

    /** Managers come for the business impact; engineers for their sessions. */
    @GET
    public Response home() {
        String start = identity.hasRole(Role.MANAGER) ? "/impact" : "/sessions";
        return Response.seeOther(URI.create(start)).build();
    }
}
