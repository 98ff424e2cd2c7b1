package dev.fivewhys.fix;

import java.util.Optional;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.core.Choices;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.RowAction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** A fix's page (files, commit, PR, audits, stability, go/no-go) and the form to record or edit it. */
@Path("/fixes")
public class FixResource {

    @Inject
    Forms forms;
    @Inject
    Fixes fixes;
    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(Fix fix, String problem);

        static native TemplateInstance form(FixForm form, FormErrors errors, Analysis analysis, Fix editing,
                FixStatus[] statuses);
    }

    @GET
    @Path("new")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public TemplateInstance newFix(@QueryParam("analysis") Long analysisId) {
        Analysis analysis = analysis(analysisId);
        FixForm form = FixForm.blank();
        form.analysisId = analysis.id;
        // The analysis already says what the fix is; start from its words.
        form.summary = analysis.fixIdentified;
        return Templates.form(form, FormErrors.none(), analysis, null, FixStatus.values());
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam FixForm form) {
        Analysis analysis = analysis(form.analysisId);
        Optional<RowAction> rowAction = form.rowAction();
        if (rowAction.isPresent()) {
            form.apply(rowAction.get());
            return Forms.shown(Templates.form(form, FormErrors.none(), analysis, null, FixStatus.values()));
        }
        FormErrors errors = FormErrors.none();
        FixStatus status = form.initialStatus(errors);
        FixContent content = form.text().content(analysis.project.githubRepository, errors);
        Fix fix = fixes.record(analysis, content, status, user(), errors);
        if (fix == null) {
            return Forms.invalid(Templates.form(form, errors, analysis, null, FixStatus.values()));
        }
        return forms.redirect("/fixes/" + fix.id, "Fix recorded. Record its compliance audit and stability validation next.");
    }

    @GET
    @Path("{id}")
    @Authenticated
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(find(id), null);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public TemplateInstance edit(@PathParam("id") long id) {
        Fix fix = find(id);
        return Templates.form(FixForm.from(fix), FormErrors.none(), fix.analysis, fix, FixStatus.values());
    }

    @POST
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam FixForm form) {
        Fix fix = find(id);
        Optional<RowAction> rowAction = form.rowAction();
        if (rowAction.isPresent()) {
            form.apply(rowAction.get());
            return Forms.shown(Templates.form(form, FormErrors.none(), fix.analysis, fix, FixStatus.values()));
        }
        FormErrors errors = FormErrors.none();
        if (Forms.staleEdit(form.version, fix.version, "this fix", errors)) {
            form.version = fix.version;
            return Forms.conflict(Templates.form(form, errors, fix.analysis, fix, FixStatus.values()));
        }
        fixes.save(fix, form.text().content(fix.analysis.project.githubRepository, errors), errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(Templates.form(form, errors, fix.analysis, fix, FixStatus.values()));
        }
        return forms.redirect("/fixes/" + id, "Fix saved");
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response advance(@PathParam("id") long id, @RestForm String status) {
        Fix fix = find(id);
        try {
            fixes.advance(fix, Choices.parse(FixStatus.class, status), user());
        } catch (ValidationProblem problem) {
            return Forms.invalid(Templates.detail(fix, problem.getMessage()));
        }
        return forms.redirect("/fixes/" + id, "Fix marked " + fix.status.label.toLowerCase());
    }

    static Fix find(long id) {
        Fix fix = Fix.findById(id);
        if (fix == null) {
            throw new NotFoundException();
        }
        return fix;
    }

    private static Analysis analysis(Long id) {
        Analysis analysis = id == null ? null : Analysis.findById(id);
        if (analysis == null) {
            throw new NotFoundException();
        }
        return analysis;
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
