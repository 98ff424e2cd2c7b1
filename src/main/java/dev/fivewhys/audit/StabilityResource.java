package dev.fivewhys.audit;

import java.time.Clock;
import java.time.Instant;
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

import dev.fivewhys.fix.Fix;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.RowAction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** Recording and correcting a fix's stability validations; they are read on the fix page. */
@Path("/stability-validations")
@RolesAllowed({ Role.ADMIN, Role.ENGINEER })
public class StabilityResource {

    @Inject
    Forms forms;
    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(StabilityForm form, FormErrors errors, Fix fix, StabilityValidation editing,
                CheckOutcome[] outcomes, RiskLevel[] risks, Readiness[] readinesses);
    }

    @GET
    @Path("new")
    public TemplateInstance newValidation(@QueryParam("fix") Long fixId) {
        Fix fix = AuditResource.fix(fixId);
        StabilityForm form = StabilityForm.blank();
        form.fixId = fix.id;
        return page(form, FormErrors.none(), fix, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam StabilityForm form) {
        Fix fix = AuditResource.fix(form.fixId);
        Optional<RowAction> rowAction = form.rowAction();
        if (rowAction.isPresent()) {
            form.apply(rowAction.get());
            return Forms.shown(page(form, FormErrors.none(), fix, null));
        }
        FormErrors errors = forms.validate(form);
        StabilityValidation validation = new StabilityValidation();
        form.applyTo(validation, errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(form, errors, fix, null));
        }
        Instant now = clock.instant();
        validation.fix = fix;
        validation.recordedBy = identity.getPrincipal().getName();
        validation.recordedAt = now;
        validation.updatedAt = now;
        validation.persist();
        return forms.redirect("/fixes/" + fix.id + "#stability-" + validation.id,
                "Stability validation recorded: " + validation.riskLevel.label + " risk, " + validation.readiness.label);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        StabilityValidation validation = find(id);
        return page(StabilityForm.from(validation), FormErrors.none(), validation.fix, validation);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam StabilityForm form) {
        StabilityValidation validation = find(id);
        Optional<RowAction> rowAction = form.rowAction();
        if (rowAction.isPresent()) {
            form.apply(rowAction.get());
            return Forms.shown(page(form, FormErrors.none(), validation.fix, validation));
        }
        FormErrors errors = forms.validate(form);
        if (errors.isEmpty() && Forms.staleEdit(form.version, validation.version, "this validation", errors)) {
            form.version = validation.version;
            return Forms.conflict(page(form, errors, validation.fix, validation));
        }
        form.applyTo(validation, errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(form, errors, validation.fix, validation));
        }
        validation.updatedAt = clock.instant();
        return forms.redirect("/fixes/" + validation.fix.id + "#stability-" + id, "Stability validation saved");
    }

    private static TemplateInstance page(StabilityForm form, FormErrors errors, Fix fix, StabilityValidation editing) {
        return Templates.form(form, errors, fix, editing, CheckOutcome.values(), RiskLevel.values(), Readiness.values());
    }

    private static StabilityValidation find(long id) {
        StabilityValidation validation = StabilityValidation.findById(id);
        if (validation == null) {
            throw new NotFoundException();
        }
        return validation;
    }
}
