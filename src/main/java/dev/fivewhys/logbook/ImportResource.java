package dev.fivewhys.logbook;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.logbook.parse.SessionLogParser;
import dev.fivewhys.project.Project;
import dev.fivewhys.security.Role;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Imports a markdown session log: the form takes a file or pasted text, the preview shows what was recognized and what
 * was not, and confirming (the text comes back in a hidden field) creates the session and its records. A log imported
 * once is refused the second time, at preview and at confirm.
 */
@Path("/sessions/import")
@RolesAllowed({ Role.ADMIN, Role.ENGINEER })
public class ImportResource {

    @Inject
    Forms forms;
    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;
    @Inject
    FiveWhysConfig config;
    @Inject
    ImportWriter writer;

    private final SessionLogParser parser = new SessionLogParser();

    /** What the preview's confirm button sends back. */
    public static class ConfirmForm {
        @RestForm
        @NotNull(message = "Choose the project the session belongs to")
        public Long projectId;

        @RestForm
        @NotBlank(message = "The log's text is missing; start the import again")
        @Size(max = ImportForm.MAX_CHARS, message = ImportForm.TOO_LONG)
        public String text;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ImportForm form, FormErrors errors, List<Project> projects);

        static native TemplateInstance preview(ImportPreviewPage page);
    }

    @GET
    public TemplateInstance form(@QueryParam("project") Long projectId) {
        ImportForm form = new ImportForm();
        form.projectId = projectId;
        return Templates.form(form, FormErrors.none(), Project.listByName());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response preview(@BeanParam ImportForm form) {
        FormErrors errors = forms.validate(form);
        String text = null;
        if (form.file != null && form.file.size() > 4L * ImportForm.MAX_CHARS) {
            errors.add("file", "This file is too large for a session log (at most about 1 MB)");
        } else if (errors.isEmpty()) {
            text = form.log();
        }
        if (errors.isEmpty() && text == null) {
            errors.add("file", "Upload the log as a file, or paste its text below");
        } else if (text != null && text.length() > ImportForm.MAX_CHARS) {
            errors.add("file", "At most 1,000,000 characters: a session log is a few pages");
        }
        Project project = form.projectId == null ? null : Project.findById(form.projectId);
        if (form.projectId != null && project == null) {
            errors.add("projectId", "Choose the project the session belongs to");
        }
        if (!errors.isEmpty()) {
            if (text != null && text.length() <= ImportForm.MAX_CHARS) {
                form.text = text; // a file cannot be chosen again for the user; its text can be kept
            }
            return Forms.invalid(Templates.form(form, errors, Project.listByName()));
        }
        return respond(preview(project, text, false));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response confirm(@BeanParam ConfirmForm form) {
        FormErrors errors = forms.validate(form);
        Project project = form.projectId == null ? null : Project.findById(form.projectId);
        if (form.projectId != null && project == null) {
            errors.add("projectId", "Choose the project the session belongs to");
        }
        if (!errors.isEmpty()) {
            ImportForm again = new ImportForm();
            again.projectId = form.projectId;
            again.text = form.text;
            return Forms.invalid(Templates.form(again, errors, Project.listByName()));
        }
        ImportPreviewPage page = preview(project, form.text, true);
        if (!page.confirmable()) {
            return respond(page);
        }
        ParsedSessionLog log = page.log();
        TestSession session = writer.create(page.plan(), project, new ImportWriter.Source(log.fingerprint(),
                log.source().repair().charset(), identity.getPrincipal().getName()));
        ImportPlan plan = page.plan();
        int fixes = plan.analyses().stream().mapToInt(a -> a.fixes().size()).sum();
        return forms.redirect("/sessions/" + session.id, "Imported the log: " + plan.entries().size()
                + " timeline entries, " + plan.analyses().size() + " analyses, " + fixes + " fixes");
    }

    /** @param locking whether to hold the log's lock until the transaction ends, as a confirm must */
    private ImportPreviewPage preview(Project project, String text, boolean locking) {
        ParsedSessionLog log = parser.parse(text);
        if (locking) {
            SessionImport.lockFingerprint(log.fingerprint());
        }
        ImportPlan plan = LogPlanner.plan(log, LogPlanner.Context.of(project.githubRepository, clock.instant(), config));
        TestSession duplicate = SessionImport.findByFingerprint(log.fingerprint()).map(i -> i.session).orElse(null);
        return new ImportPreviewPage(project, text, log, plan, duplicate, writer.problems(plan),
                NamedFailures.preview(plan, project));
    }

    /** 409 for a log imported already, 400 for one that cannot be imported as it is, else the preview. */
    private static Response respond(ImportPreviewPage page) {
        if (page.duplicate() != null) {
            return Forms.conflict(Templates.preview(page));
        }
        if (!page.problems().isEmpty()) {
            return Forms.invalid(Templates.preview(page));
        }
        return Forms.shown(Templates.preview(page));
    }
}
