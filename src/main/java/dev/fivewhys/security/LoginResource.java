package dev.fivewhys.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.fivewhys.core.FiveWhysConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.Authenticated;

@Path("/")
public class LoginResource {

    @Inject
    FiveWhysConfig config;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String credentialCookie;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean showDemoUsers);
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") boolean error) {
        boolean demo = config.demoData() && LaunchMode.current() == LaunchMode.DEVELOPMENT;
        return Templates.login(error, demo);
    }

    @POST
    @Path("logout")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(credentialCookie).value("").path("/").maxAge(0).build();
        return Response.seeOther(URI.create("/login")).cookie(expired).build();
    }
}
