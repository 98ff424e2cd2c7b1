package dev.fivewhys.impact;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.core.NamedQuery;
import dev.fivewhys.web.Option;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The managers' home: what is at risk now, whether it is getting better, what waits on someone, what keeps breaking. */
@Path("/impact")
@Authenticated
public class ImpactResource {

    /** The periods offered, in weeks; any other number up to {@link ImpactFilter#MAX_WEEKS} works in the address. */
    static final List<Integer> WEEK_CHOICES = List.of(4, 12, 26, 52);
    private static final String MARKDOWN = "text/markdown; charset=UTF-8";

    @Inject
    RecentSummaries summaries;
    @Inject
    FiveWhysConfig config;

    @CheckedTemplate
    static class Templates {
        /** @param projects and weekChoices: the filter's options, each chosen or not */
        static native TemplateInstance impact(ImpactSummary.View view, List<Option> projects, ProjectChoice project,
                List<Option> weekChoices);

        /** @param base where the app is reached, so the export's links work wherever it is read */
        static native TemplateInstance impactMarkdown(ImpactSummary.View view, ProjectChoice project, String base);
    }

    @GET
    public TemplateInstance page(@QueryParam("project") String project, @QueryParam("weeks") Integer weeks) {
        List<ProjectChoice> projects = projects();
        ProjectChoice selected = selected(projects, project);
        ImpactSummary.View view = view(selected, weeks);
        return Templates.impact(view,
                Option.of(projects, ProjectChoice::slug, ProjectChoice::name, selected == null ? null : selected.slug()),
                selected, Option.of(WEEK_CHOICES, String::valueOf, w -> w + " weeks", String.valueOf(view.filter().weeks())));
    }

    @GET
    @Path("report.md")
    @Produces(MARKDOWN)
    public Response markdown(@QueryParam("project") String project, @QueryParam("weeks") Integer weeks) {
        ProjectChoice selected = selected(projects(), project);
        // rendered here: a template's own type (text/plain for .txt) would otherwise replace text/markdown
        String markdown = Templates.impactMarkdown(view(selected, weeks), selected, config.absolute("")).render();
        return Response.ok(markdown, MARKDOWN).header("Content-Disposition", "inline; filename=\"impact.md\"").build();
    }

    private ImpactSummary.View view(ProjectChoice project, Integer weeks) {
        return summaries.of(new ImpactFilter(project == null ? null : project.id(), weeks == null ? 0 : weeks));
    }

    /** A project as the page's filter and heading show it. */
    public record ProjectChoice(long id, String slug, String name) {
    }

    /** Every project by name, for the filter, in one short read rather than as entities. */
    private static List<ProjectChoice> projects() {
        return new NamedQuery("select id, slug, name from project order by name")
                .list(r -> new ProjectChoice(r.getLong(1), r.getString(2), r.getString(3)));
    }

    private static ProjectChoice selected(List<ProjectChoice> projects, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return projects.stream().filter(p -> p.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No project " + slug));
    }
}
