package dev.fivewhys.session;

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
import dev.fivewhys.session.PlanForms.CriterionForm;
import dev.fivewhys.session.PlanForms.PhaseForm;
import dev.fivewhys.session.PlanForms.SuiteForm;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A session's plan: ordered phases with their suites, and the success criteria. */
@Path("/sessions/{id}/plan")
@RolesAllowed({ Role.ADMIN, Role.ENGINEER })
public class SessionPlanResource {

    @Inject
    Forms forms;
    @Inject
    Sessions sessions;

    /** A phase on the plan page with its own add-suite form, which keeps input and messages only if it was the one sent. */
    public record PhaseView(SessionPhase phase, SuiteForm suite, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(TestSession session, List<PhaseView> phases, PhaseForm phase,
                FormErrors phaseErrors, CriterionForm criterion, FormErrors criterionErrors, CriterionState[] states);
    }

    @GET
    public TemplateInstance plan(@PathParam("id") long id) {
        return page(SessionResource.find(id), null, null, null, null, FormErrors.none());
    }

    @POST
    @Path("phases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addPhase(@PathParam("id") long id, @BeanParam PhaseForm form) {
        TestSession session = SessionResource.find(id);
        FormErrors errors = FormErrors.none();
        sessions.addPhase(session, form.content(), errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(session, form, null, null, null, errors));
        }
        return forms.redirect(planPath(id), "Phase added");
    }

    @POST
    @Path("phases/{phaseId}/suites")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addSuite(@PathParam("id") long id, @PathParam("phaseId") long phaseId, @BeanParam SuiteForm form) {
        TestSession session = SessionResource.find(id);
        SessionPhase phase = phaseOf(session, phaseId);
        FormErrors errors = FormErrors.none();
        sessions.addSuite(phase, form.content(errors), errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(session, null, form, phaseId, null, errors));
        }
        return forms.redirect(planPath(id), "Suite added to " + phase.name);
    }

    @POST
    @Path("phases/{phaseId}/delete")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removePhase(@PathParam("id") long id, @PathParam("phaseId") long phaseId) {
        TestSession session = SessionResource.find(id);
        sessions.removePhase(session, phaseOf(session, phaseId));
        return forms.redirect(planPath(id), "Phase removed");
    }

    @POST
    @Path("suites/{suiteId}/delete")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeSuite(@PathParam("id") long id, @PathParam("suiteId") long suiteId) {
        if (!sessions.removeSuite(SessionResource.find(id), suiteId)) {
            throw new NotFoundException();
        }
        return forms.redirect(planPath(id), "Suite removed");
    }

    @POST
    @Path("criteria")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addCriterion(@PathParam("id") long id, @BeanParam CriterionForm form) {
        TestSession session = SessionResource.find(id);
        FormErrors errors = FormErrors.none();
        sessions.addCriterion(session, form.content(errors), errors);
        if (!errors.isEmpty()) {
            // The state is a hidden field of this form: its message is the form's.
            return Forms.invalid(page(session, null, null, null, form,
                    errors.renamed(field -> field.equals("state") ? FormErrors.FORM : field)));
        }
        return forms.redirect(planPath(id), "Criterion added");
    }

    @POST
    @Path("criteria/{criterionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response markCriterion(@PathParam("id") long id, @PathParam("criterionId") long criterionId,
            @BeanParam CriterionForm form) {
        TestSession session = SessionResource.find(id);
        SuccessCriterion criterion = session.criteria.stream().filter(c -> c.id == criterionId).findFirst()
                .orElseThrow(NotFoundException::new);
        FormErrors errors = FormErrors.none();
        CriterionState state = form.state(errors);
        if (state == null) {
            return Forms.invalid(page(session, null, null, null, new CriterionForm(), FormErrors.none()
                    .add(FormErrors.FORM, errors.get("state"))));
        }
        sessions.markCriterion(criterion, state);
        return forms.redirect(planPath(id), "Criterion marked " + criterion.state.label.toLowerCase());
    }

    @POST
    @Path("criteria/{criterionId}/delete")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeCriterion(@PathParam("id") long id, @PathParam("criterionId") long criterionId) {
        if (!sessions.removeCriterion(SessionResource.find(id), criterionId)) {
            throw new NotFoundException();
        }
        return forms.redirect(planPath(id), "Criterion removed");
    }

    private static SessionPhase phaseOf(TestSession session, long phaseId) {
        return session.phases.stream().filter(p -> p.id == phaseId).findFirst().orElseThrow(NotFoundException::new);
    }

    private static String planPath(long id) {
        return "/sessions/" + id + "/plan";
    }

    /** The plan page; the one form that was sent (if any) keeps its input and its messages. */
    private static TemplateInstance page(TestSession session, PhaseForm phase, SuiteForm suite, Long suitePhaseId,
            CriterionForm criterion, FormErrors errors) {
        List<PhaseView> phases = session.phases.stream()
                .map(p -> p.id.equals(suitePhaseId) ? new PhaseView(p, suite, errors)
                        : new PhaseView(p, new SuiteForm(), FormErrors.none()))
                .toList();
        return Templates.plan(session, phases,
                phase == null ? new PhaseForm() : phase, phase == null ? FormErrors.none() : errors,
                criterion == null ? new CriterionForm() : criterion, criterion == null ? FormErrors.none() : errors,
                CriterionState.values());
    }
}
