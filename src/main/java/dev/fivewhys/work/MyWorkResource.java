package dev.fivewhys.work;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import dev.fivewhys.security.User;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Each engineer's own list of what waits on them. */
@Path("/my-work")
public class MyWorkResource {

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(MyWork work);
    }

    @GET
    @Authenticated
    public TemplateInstance page() {
        User user = User.findByUsername(identity.getPrincipal().getName()).orElseThrow();
        return Templates.page(MyWork.of(user));
    }
}
