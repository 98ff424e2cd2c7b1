package dev.fivewhys.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.fix.Fix;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Recording and correcting a fix's stability validations. */
@Path("/stability-validations")
@RolesAllowed({ Role.ADMIN, Role.ENGINEER })
public class StabilityResource extends ReviewPages<StabilityValidation, StabilityForm> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(StabilityForm form, FormErrors errors, Fix fix, StabilityValidation editing,
                CheckOutcome[] outcomes, RiskLevel[] risks, Readiness[] readinesses);
    }

    @GET
    @Path("new")
    public TemplateInstance newValidation(@QueryParam("fix") Long fixId) {
        return newPage(StabilityForm.blank(), fixId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam StabilityForm form) {
        return create(form, new StabilityValidation());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        StabilityValidation validation = FixReview.found(StabilityValidation.findById(id));
        return page(StabilityForm.from(validation), FormErrors.none(), validation.fix, validation);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam StabilityForm form) {
        return update(FixReview.found(StabilityValidation.findById(id)), form, "Stability validation saved");
    }

    @Override
    TemplateInstance page(StabilityForm form, FormErrors errors, Fix fix, StabilityValidation editing) {
        return Templates.form(form, errors, fix, editing, CheckOutcome.values(), RiskLevel.values(), Readiness.values());
    }

    @Override
    String anchor() {
        return "stability";
    }

    @Override
    String recorded(StabilityValidation validation) {
        return "Stability validation recorded: " + validation.riskLevel.label + " risk, " + validation.readiness.label;
    }

    @Override
    String what() {
        return "this validation";
    }
}
