package dev.fivewhys.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

@Path("/")
@Authenticated
public class HomeResource {

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/sessions")).build();
    }
}
