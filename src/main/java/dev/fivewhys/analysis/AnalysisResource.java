package dev.fivewhys.analysis;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
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

import dev.fivewhys.analysis.SimilarAnalyses.Similar;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.project.Project;
import dev.fivewhys.security.Role;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.Paging;
import dev.fivewhys.web.RowAction;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Five-whys analyses: the list, one analysis, and the form to start or edit one. */
@Path("/analyses")
public class AnalysisResource {

    @Inject
    Forms forms;
    @Inject
    Analyses analyses;
    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paging<Analysis> analyses);

        static native TemplateInstance detail(Analysis analysis, List<Similar> similar, String problem);

        static native TemplateInstance form(AnalysisForm form, FormErrors errors, Analysis editing, Failure failure,
                TestSession session, List<RootCauseCategory> categories, EvidenceKind[] kinds, List<Similar> similar);
    }

    @GET
    @Authenticated
    public TemplateInstance list(@QueryParam("page") Integer page) {
        int current = Paging.clampPage(page);
        // each row's title names its failure or session and shows its category: read with the page, not row by row
        PanacheQuery<Analysis> query = Analysis.find("from Analysis a left join fetch a.failure "
                + "left join fetch a.session left join fetch a.category order by a.createdAt desc, a.id desc");
        query.page(current - 1, Paging.DEFAULT_SIZE);
        return Templates.list(new Paging<>(query.list(), current, Paging.DEFAULT_SIZE, Analysis.count()));
    }

    /** Starts an analysis of a session, for when no single failure explains what went wrong. */
    @GET
    @Path("new")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public TemplateInstance newForSession(@QueryParam("session") Long sessionId) {
        TestSession session = sessionId == null ? null : TestSession.findById(sessionId);
        if (session == null) {
            throw new NotFoundException();
        }
        AnalysisForm form = AnalysisForm.blank();
        form.sessionId = session.id;
        return formPage(form, FormErrors.none(), null);
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam AnalysisForm form) {
        Failure failure = form.failureId == null ? null : Failure.findById(form.failureId);
        TestSession session = failure != null || form.sessionId == null ? null : TestSession.findById(form.sessionId);
        if (failure == null && session == null) {
            throw new BadRequestException("Start an analysis from a failure or from a session");
        }
        Optional<RowAction> rowAction = form.rowAction();
        if (rowAction.isPresent() || form.lookingForSimilar()) {
            rowAction.ifPresent(form::apply);
            return Forms.shown(formPage(form, FormErrors.none(), null));
        }
        FormErrors errors = FormErrors.none();
        AnalysisContent content = form.content(errors);
        Analysis analysis = analyses.start(failure, session, content, form.completing(), user(), errors);
        if (analysis == null) {
            return Forms.invalid(formPage(form, errors, null));
        }
        return forms.redirect("/analyses/" + analysis.id, savedMessage(form));
    }

    @GET
    @Path("{id}")
    @Authenticated
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(find(id), null);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public TemplateInstance edit(@PathParam("id") long id) {
        Analysis analysis = find(id);
        FormErrors errors = FormErrors.none();
        if (analysis.status == AnalysisStatus.VERIFIED) {
            errors.add(FormErrors.FORM, Analyses.VERIFIED_STAYS);
        }
        return formPage(AnalysisForm.from(analysis), errors, analysis);
    }

    @POST
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam AnalysisForm form) {
        Analysis analysis = find(id);
        Optional<RowAction> rowAction = form.rowAction();
        if (rowAction.isPresent() || form.lookingForSimilar()) {
            rowAction.ifPresent(form::apply);
            return Forms.shown(formPage(form, FormErrors.none(), analysis));
        }
        FormErrors errors = FormErrors.none();
        AnalysisContent content = form.content(errors);
        if (errors.isEmpty() && Forms.staleEdit(form.version, analysis.version, "this analysis", errors)) {
            form.version = analysis.version;
            return Forms.conflict(formPage(form, errors, analysis));
        }
        boolean changed = analyses.save(analysis, content, form.completing(), user(), errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(formPage(form, errors, analysis));
        }
        return forms.redirect("/analyses/" + id, changed ? savedMessage(form) : "Nothing changed");
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response reopen(@PathParam("id") long id) {
        Analysis analysis = find(id);
        try {
            analyses.reopen(analysis, user());
        } catch (ValidationProblem problem) {
            return Forms.invalid(detailPage(analysis, problem.getMessage()));
        }
        return forms.redirect("/analyses/" + id, "Analysis reopened as a draft");
    }

    static Analysis find(long id) {
        Analysis analysis = Analysis.findById(id);
        if (analysis == null) {
            throw new NotFoundException();
        }
        return analysis;
    }

    private static TemplateInstance detailPage(Analysis analysis, String problem) {
        List<Similar> similar = SimilarAnalyses.find(analysis.id, analysis.failure, analysis.project, analysis.category,
                analysis.wording());
        return Templates.detail(analysis, similar, problem);
    }

    /** The form, new or editing, with the earlier analyses that resemble what has been typed so far. */
    static TemplateInstance formPage(AnalysisForm form, FormErrors errors, Analysis editing) {
        Failure failure = editing != null ? editing.failure
                : form.failureId == null ? null : Failure.findById(form.failureId);
        TestSession session = editing != null ? editing.session
                : failure != null || form.sessionId == null ? null : TestSession.findById(form.sessionId);
        Project project = failure != null ? failure.project : session != null ? session.project : null;
        RootCauseCategory category = form.categoryId == null ? null : RootCauseCategory.findById(form.categoryId);
        String wording = Analysis.wording(form.problemStatement, form.why, form.rootCause);
        List<Similar> similar = SimilarAnalyses.find(editing == null ? null : editing.id, failure, project, category,
                wording);
        return Templates.form(form, errors, editing, failure, session, RootCauseCategory.listChoosable(form.categoryId),
                EvidenceKind.values(), similar);
    }

    private static String savedMessage(AnalysisForm form) {
        return form.completing() ? "Analysis complete. Record the fix next." : "Analysis saved";
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
