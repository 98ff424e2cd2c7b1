package dev.fivewhys.analysis;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Admins keep the list of root-cause categories: add, rename, retire (hidden from new analyses) and restore. */
@Path("/admin/root-causes")
@RolesAllowed(Role.ADMIN)
public class RootCauseCategoryResource {

    @Inject
    Forms forms;
    @Inject
    Clock clock;

    public static class CategoryForm {
        @RestForm
        @NotBlank(message = "Name the category")
        @Size(max = 80, message = "At most 80 characters")
        public String name;
    }

    /** A category with the number of analyses that name it. */
    public record CategoryRow(RootCauseCategory category, long uses) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CategoryRow> categories, CategoryForm form, FormErrors errors,
                Long renaming, String renamingTo, FormErrors renameErrors);
    }

    @GET
    public TemplateInstance list() {
        return page(new CategoryForm(), FormErrors.none(), null, null, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam CategoryForm form) {
        FormErrors errors = forms.validate(form);
        if (errors.isEmpty() && RootCauseCategory.findByName(form.name).isPresent()) {
            errors.add("name", "There is already a category with this name");
        }
        if (!errors.isEmpty()) {
            return Forms.invalid(page(form, errors, null, null, FormErrors.none()));
        }
        RootCauseCategory category = new RootCauseCategory();
        category.name = form.name.strip();
        category.position = RootCauseCategory.nextPosition();
        category.createdAt = clock.instant();
        category.persist();
        return forms.redirect("/admin/root-causes", "Category " + category.name + " added");
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response rename(@PathParam("id") long id, @BeanParam CategoryForm form) {
        RootCauseCategory category = find(id);
        FormErrors errors = forms.validate(form);
        if (errors.isEmpty() && RootCauseCategory.findByName(form.name).filter(other -> other != category).isPresent()) {
            errors.add("name", "There is already a category with this name");
        }
        if (!errors.isEmpty()) {
            return Forms.invalid(page(new CategoryForm(), FormErrors.none(), id, form.name, errors));
        }
        String was = category.name;
        category.name = form.name.strip();
        return forms.redirect("/admin/root-causes", "Category " + was + " renamed to " + category.name);
    }

    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response setActive(@PathParam("id") long id, @RestForm String active) {
        RootCauseCategory category = find(id);
        Optional<Boolean> flag = Forms.flag(active);
        if (flag.isEmpty()) {
            throw new BadRequestException("Say whether the category is in use with true or false");
        }
        category.active = flag.get();
        return forms.redirect("/admin/root-causes",
                "Category " + category.name + (category.active ? " restored" : " retired: new analyses no longer offer it"));
    }

    private static RootCauseCategory find(long id) {
        RootCauseCategory category = RootCauseCategory.findById(id);
        if (category == null) {
            throw new NotFoundException();
        }
        return category;
    }

    private static TemplateInstance page(CategoryForm form, FormErrors errors, Long renaming, String renamingTo,
            FormErrors renameErrors) {
        Map<Long, Long> uses = new HashMap<>();
        Analysis.getEntityManager().createQuery("select a.category.id, count(a) from Analysis a "
                + "where a.category is not null group by a.category.id", Object[].class).getResultList()
                .forEach(row -> uses.put((Long) row[0], (Long) row[1]));
        List<CategoryRow> rows = RootCauseCategory.listAll().stream()
                .map(c -> new CategoryRow(c, uses.getOrDefault(c.id, 0L))).toList();
        return Templates.list(rows, form, errors, renaming, renamingTo, renameErrors);
    }
}
