package dev.fivewhys.project;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

@Path("/projects")
public class ProjectResource {

    @Inject
    Forms forms;
    @Inject
    Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Project> projects);

        static native TemplateInstance form(ProjectForm form, FormErrors errors, String editing);
    }

    @GET
    @Authenticated
    public TemplateInstance list() {
        return Templates.list(Project.listByName());
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.ADMIN)
    public TemplateInstance newProject() {
        return Templates.form(new ProjectForm(), FormErrors.none(), null);
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam ProjectForm form) {
        FormErrors errors = forms.validate(form);
        if (errors.isEmpty() && Project.findBySlug(form.slug.trim()).isPresent()) {
            errors.add("slug", "Another project already uses this short name");
        }
        if (!errors.isEmpty()) {
            return Forms.invalid(Templates.form(form, errors, null));
        }
        Project project = new Project();
        form.applyTo(project);
        project.createdAt = clock.instant();
        project.persist();
        return forms.redirect("/projects", "Project " + project.name + " created");
    }

    @GET
    @Path("{slug}/edit")
    @RolesAllowed(Role.ADMIN)
    public TemplateInstance edit(@PathParam("slug") String slug) {
        Project project = Project.findBySlug(slug).orElseThrow(NotFoundException::new);
        return Templates.form(ProjectForm.from(project), FormErrors.none(), project.slug);
    }

    @POST
    @Path("{slug}")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("slug") String slug, @BeanParam ProjectForm form) {
        Project project = Project.findBySlug(slug).orElseThrow(NotFoundException::new);
        FormErrors errors = forms.validate(form);
        if (errors.isEmpty() && !form.slug.trim().equals(slug) && Project.findBySlug(form.slug.trim()).isPresent()) {
            errors.add("slug", "Another project already uses this short name");
        }
        if (errors.isEmpty() && Forms.staleEdit(form.version, project.version, "this project", errors)) {
            return Forms.conflict(Templates.form(form, errors, slug));
        }
        if (!errors.isEmpty()) {
            return Forms.invalid(Templates.form(form, errors, slug));
        }
        form.applyTo(project);
        return forms.redirect("/projects", "Project " + project.name + " saved");
    }
}
