package dev.fivewhys.project;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.fivewhys.security.Role;
import io.quarkus.security.Authenticated;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectApi {

    @Inject
    Clock clock;

    public record NewProject(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "lower-case letters, digits and dashes") String slug,
            @Pattern(regexp = "|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}", message = "owner/name") String githubRepository,
            List<@NotBlank @Size(max = 50) String> defaultLabels) {
    }

    public record ProjectJson(long id, String name, String slug, String githubRepository, List<String> defaultLabels) {
        static ProjectJson of(Project project) {
            return new ProjectJson(project.id, project.name, project.slug, project.githubRepository,
                    project.defaultLabelList());
        }
    }

    @GET
    @Authenticated
    @Operation(summary = "List projects")
    public List<ProjectJson> list() {
        return Project.listByName().stream().map(ProjectJson::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Transactional
    @Operation(summary = "Create a project", description = "Admins only, as on the pages. 409 if the slug is taken.")
    public Response create(@Valid NewProject request) {
        if (Project.findBySlug(request.slug()).isPresent()) {
            throw new ClientErrorException("A project with slug " + request.slug() + " already exists", 409);
        }
        Project project = new Project();
        project.name = request.name().trim();
        project.slug = request.slug();
        project.githubRepository = request.githubRepository() == null || request.githubRepository().isBlank() ? null
                : request.githubRepository();
        project.defaultLabels = request.defaultLabels() == null ? "" : String.join(", ", request.defaultLabels());
        project.createdAt = clock.instant();
        project.persist();
        return Response.created(URI.create("/api/projects/" + project.id)).entity(ProjectJson.of(project)).build();
    }
}
