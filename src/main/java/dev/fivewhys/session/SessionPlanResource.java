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
        FormErrors errors = forms.validate(form);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(session, form, null, null, null, errors));
        }
        session.addPhase(form.name.trim(), SessionForm.blankToNull(form.priority), SessionForm.blankToNull(form.description));
        return forms.redirect(planPath(id), "Phase added");
    }

    @POST
    @Path("phases/{phaseId}/suites")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addSuite(@PathParam("id") long id, @PathParam("phaseId") long phaseId, @BeanParam SuiteForm form) {
        TestSession session = SessionResource.find(id);
        SessionPhase phase = phaseOf(session, phaseId);
        FormErrors errors = forms.validate(form);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(session, null, form, phaseId, null, errors));
        }
        phase.addSuite(form.path.trim(), form.expectedCount, SessionForm.blankToNull(form.description));
        return forms.redirect(planPath(id), "Suite added to " + phase.name);
    }

    @POST
    @Path("phases/{phaseId}/delete")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removePhase(@PathParam("id") long id, @PathParam("phaseId") long phaseId) {
        TestSession session = SessionResource.find(id);
        SessionPhase phase = phaseOf(session, phaseId);
        session.phases.remove(phase);
        renumberPhases(session);
        return forms.redirect(planPath(id), "Phase removed");
    }

    @POST
    @Path("suites/{suiteId}/delete")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeSuite(@PathParam("id") long id, @PathParam("suiteId") long suiteId) {
        TestSession session = SessionResource.find(id);
        for (SessionPhase phase : session.phases) {
            if (phase.suites.removeIf(s -> s.id == suiteId)) {
                for (int i = 0; i < phase.suites.size(); i++) {
                    phase.suites.get(i).position = i + 1;
                }
                return forms.redirect(planPath(id), "Suite removed");
            }
        }
        throw new NotFoundException();
    }

    @POST
    @Path("criteria")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response addCriterion(@PathParam("id") long id, @BeanParam CriterionForm form) {
        TestSession session = SessionResource.find(id);
        FormErrors errors = forms.validate(form);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(session, null, null, null, form, errors));
        }
        session.addCriterion(form.text.trim(), CriterionState.valueOf(form.state));
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
        if (form.state == null || !form.state.matches("OPEN|MET|MISSED")) {
            FormErrors errors = FormErrors.none().add(FormErrors.FORM, "Choose open, met or missed");
            return Forms.invalid(page(session, null, null, null, new CriterionForm(), errors));
        }
        criterion.state = CriterionState.valueOf(form.state);
        return forms.redirect(planPath(id), "Criterion marked " + criterion.state.label.toLowerCase());
    }

    @POST
    @Path("criteria/{criterionId}/delete")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeCriterion(@PathParam("id") long id, @PathParam("criterionId") long criterionId) {
        TestSession session = SessionResource.find(id);
        if (!session.criteria.removeIf(c -> c.id == criterionId)) {
            throw new NotFoundException();
        }
        for (int i = 0; i < session.criteria.size(); i++) {
            session.criteria.get(i).position = i + 1;
        }
        return forms.redirect(planPath(id), "Criterion removed");
    }

    private static SessionPhase phaseOf(TestSession session, long phaseId) {
        return session.phases.stream().filter(p -> p.id == phaseId).findFirst().orElseThrow(NotFoundException::new);
    }

    private static void renumberPhases(TestSession session) {
        for (int i = 0; i < session.phases.size(); i++) {
            session.phases.get(i).position = i + 1;
        }
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
