package dev.fivewhys.impact;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.project.Project;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The managers' home: what is at risk now, whether it is getting better, and what keeps breaking. */
@Path("/impact")
@Authenticated
public class ImpactResource {

    @Inject
    RecentSummaries summaries;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance impact(ImpactSummary.View view, List<Project> projects, Project project);

        static native TemplateInstance impactMarkdown(ImpactSummary.View view, Project project);
    }

    @GET
    public TemplateInstance page(@QueryParam("project") String project, @QueryParam("weeks") Integer weeks) {
        Project selected = selected(project);
        return Templates.impact(view(selected, weeks), Project.listByName(), selected);
    }

    @GET
    @Path("report.md")
    @Produces("text/markdown; charset=UTF-8")
    public Response markdown(@QueryParam("project") String project, @QueryParam("weeks") Integer weeks) {
        Project selected = selected(project);
        return Response.ok(Templates.impactMarkdown(view(selected, weeks), selected))
                .header("Content-Disposition", "inline; filename=\"impact.md\"").build();
    }

    private ImpactSummary.View view(Project project, Integer weeks) {
        return summaries.of(new ImpactFilter(project == null ? null : project.id, weeks == null ? 0 : weeks));
    }

    private static Project selected(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return Project.findBySlug(slug).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No project " + slug));
    }
}
