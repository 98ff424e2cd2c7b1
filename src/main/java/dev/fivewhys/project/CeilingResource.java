package dev.fivewhys.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The simplest page through the whole stack: the login cookie checked, one indexed read, a small template.
 * {@code bench/pages} measures it beside the real pages, so each page's requests per second can be given as a share
 * of what this stack serves at all on the machine it runs on.
 */
@Path("/bench/ceiling")
public class CeilingResource {

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ceiling(String username, Project project);
    }

    @GET
    @Authenticated
    public TemplateInstance ceiling() {
        Project first = Project.find("order by id").firstResult();
        return Templates.ceiling(identity.getPrincipal().getName(), first);
    }
}
