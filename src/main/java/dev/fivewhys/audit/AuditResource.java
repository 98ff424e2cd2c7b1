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

/** Recording and correcting a fix's compliance audits; they are read on the fix page. */
@Path("/audits")
@RolesAllowed({ Role.ADMIN, Role.ENGINEER })
public class AuditResource {

    @Inject
    Forms forms;
    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(AuditForm form, FormErrors errors, Fix fix, ComplianceAudit editing,
                CheckOutcome[] outcomes, AuditRecommendation[] recommendations);
    }

    @GET
    @Path("new")
    public TemplateInstance newAudit(@QueryParam("fix") Long fixId) {
        Fix fix = fix(fixId);
        AuditForm form = AuditForm.blank(identity.getPrincipal().getName());
        form.fixId = fix.id;
        return page(form, FormErrors.none(), fix, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam AuditForm form) {
        Fix fix = fix(form.fixId);
        Optional<RowAction> rowAction = form.rowAction();
        if (rowAction.isPresent()) {
            form.apply(rowAction.get());
            return Forms.shown(page(form, FormErrors.none(), fix, null));
        }
        FormErrors errors = forms.validate(form);
        ComplianceAudit audit = new ComplianceAudit();
        form.applyTo(audit, errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(form, errors, fix, null));
        }
        Instant now = clock.instant();
        audit.fix = fix;
        audit.recordedBy = identity.getPrincipal().getName();
        audit.recordedAt = now;
        audit.updatedAt = now;
        audit.persist();
        return forms.redirect("/fixes/" + fix.id + "#audit-" + audit.id, "Audit recorded: " + audit.score() + ", "
                + audit.recommendation.label);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        ComplianceAudit audit = find(id);
        return page(AuditForm.from(audit), FormErrors.none(), audit.fix, audit);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam AuditForm form) {
        ComplianceAudit audit = find(id);
        Optional<RowAction> rowAction = form.rowAction();
        if (rowAction.isPresent()) {
            form.apply(rowAction.get());
            return Forms.shown(page(form, FormErrors.none(), audit.fix, audit));
        }
        FormErrors errors = forms.validate(form);
        if (errors.isEmpty() && Forms.staleEdit(form.version, audit.version, "this audit", errors)) {
            form.version = audit.version;
            return Forms.conflict(page(form, errors, audit.fix, audit));
        }
        form.applyTo(audit, errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(form, errors, audit.fix, audit));
        }
        audit.updatedAt = clock.instant();
        return forms.redirect("/fixes/" + audit.fix.id + "#audit-" + id, "Audit saved");
    }

    private static TemplateInstance page(AuditForm form, FormErrors errors, Fix fix, ComplianceAudit editing) {
        return Templates.form(form, errors, fix, editing, CheckOutcome.values(), AuditRecommendation.values());
    }

    static Fix fix(Long id) {
        Fix fix = id == null ? null : Fix.findById(id);
        if (fix == null) {
            throw new NotFoundException();
        }
        return fix;
    }

    private static ComplianceAudit find(long id) {
        ComplianceAudit audit = ComplianceAudit.findById(id);
        if (audit == null) {
            throw new NotFoundException();
        }
        return audit;
    }
}
