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

/** Recording and correcting a fix's compliance audits. */
@Path("/audits")
@RolesAllowed({ Role.ADMIN, Role.ENGINEER })
public class AuditResource extends ReviewPages<ComplianceAudit, AuditForm> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(AuditForm form, FormErrors errors, Fix fix, ComplianceAudit editing,
                CheckOutcome[] outcomes, AuditRecommendation[] recommendations);
    }

    @GET
    @Path("new")
    public TemplateInstance newAudit(@QueryParam("fix") Long fixId) {
        return newPage(AuditForm.blank(identity.getPrincipal().getName()), fixId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam AuditForm form) {
        return create(form, new ComplianceAudit());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        ComplianceAudit audit = FixReview.found(ComplianceAudit.findById(id));
        return page(AuditForm.from(audit), FormErrors.none(), audit.fix, audit);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam AuditForm form) {
        return update(FixReview.found(ComplianceAudit.findById(id)), form, "Audit saved");
    }

    @Override
    TemplateInstance page(AuditForm form, FormErrors errors, Fix fix, ComplianceAudit editing) {
        return Templates.form(form, errors, fix, editing, CheckOutcome.values(), AuditRecommendation.values());
    }

    @Override
    String anchor() {
        return "audit";
    }

    @Override
    String recorded(ComplianceAudit audit) {
        return "Audit recorded: " + audit.score() + ", " + audit.recommendation.label;
    }

    @Override
    String what() {
        return "this audit";
    }
}
