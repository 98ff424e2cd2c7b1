package dev.fivewhys.followup;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.security.Role;
import dev.fivewhys.security.User;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Follow-ups of an analysis: one, the form to add or edit one, and one per line of its prevention strategy. */
@Path("/follow-ups")
public class FollowUpResource {

    @Inject
    Forms forms;
    @Inject
    FollowUps followUps;
    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(FollowUp followUp);

        static native TemplateInstance form(FollowUpForm form, FormErrors errors, Analysis analysis, FollowUp editing,
                List<User> owners, List<Fix> fixes, FollowUpKind[] kinds, FollowUpPriority[] priorities,
                FollowUpStatus[] statuses);
    }

    /** The form, pre-filled with a title (a line of the prevention strategy) when one is given. */
    @GET
    @Path("new")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public TemplateInstance newForm(@QueryParam("analysis") Long analysisId, @QueryParam("title") String title) {
        return formPage(FollowUpForm.titled(title), FormErrors.none(), analysis(analysisId), null);
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@RestForm Long analysisId, @BeanParam FollowUpForm form) {
        Analysis analysis = analysis(analysisId);
        FormErrors errors = FormErrors.none();
        FollowUpContent content = form.content(analysis, errors);
        FollowUp followUp = followUps.add(analysis, content, user(), errors);
        if (followUp == null) {
            return Forms.invalid(formPage(form, errors, analysis, null));
        }
        return forms.redirect("/analyses/" + analysis.id + "#follow-ups", "Follow-up #" + followUp.id + " added");
    }

    @POST
    @Path("from-prevention")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response fromPrevention(@RestForm Long analysisId) {
        Analysis analysis = analysis(analysisId);
        int added = followUps.addFromPrevention(analysis, user()).size();
        return forms.redirect("/analyses/" + analysis.id + "#follow-ups", added == 0
                ? "Every line of the prevention strategy has a follow-up already"
                : added + (added == 1 ? " follow-up" : " follow-ups") + " added from the prevention strategy");
    }

    @GET
    @Path("{id}")
    @Authenticated
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(find(id));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public TemplateInstance edit(@PathParam("id") long id) {
        FollowUp followUp = find(id);
        return formPage(FollowUpForm.from(followUp), FormErrors.none(), followUp.analysis, followUp);
    }

    @POST
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam FollowUpForm form) {
        FollowUp followUp = find(id);
        FormErrors errors = FormErrors.none();
        FollowUpContent content = form.content(followUp.analysis, errors);
        if (errors.isEmpty() && Forms.staleEdit(form.version, followUp.version, "this follow-up", errors)) {
            form.version = followUp.version;
            return Forms.conflict(formPage(form, errors, followUp.analysis, followUp));
        }
        boolean changed = followUps.save(followUp, content, user(), errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(formPage(form, errors, followUp.analysis, followUp));
        }
        return forms.redirect("/follow-ups/" + id, changed ? "Follow-up saved" : "Nothing changed");
    }

    static FollowUp find(long id) {
        FollowUp followUp = FollowUp.findById(id);
        if (followUp == null) {
            throw new NotFoundException();
        }
        return followUp;
    }

    static Analysis analysis(Long id) {
        Analysis analysis = id == null ? null : Analysis.findById(id);
        if (analysis == null) {
            throw new NotFoundException("No analysis " + id);
        }
        return analysis;
    }

    /** Who may own a follow-up: active engineers and admins. */
    public static List<User> owners() {
        return User.list("active = true and role in ?1 order by username", List.of(Role.ADMIN, Role.ENGINEER));
    }

    private static TemplateInstance formPage(FollowUpForm form, FormErrors errors, Analysis analysis, FollowUp editing) {
        return Templates.form(form, errors, analysis, editing, owners(), Fix.listForAnalysis(analysis),
                FollowUpKind.values(), FollowUpPriority.values(), FollowUpStatus.values());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
