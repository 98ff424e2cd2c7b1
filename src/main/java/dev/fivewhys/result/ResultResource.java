package dev.fivewhys.result;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.fivewhys.failure.SeenFailure;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.Paging;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** A session's test results: its runs, one run's results by status and suite, its failures; and the upload. */
@Path("/sessions/{id}/results")
public class ResultResource {

    static final int RUNS_SHOWN = 20;
    static final int SUITES_SHOWN = 50;
    static final int FAILURES_SHOWN = 50;

    @Inject
    Forms forms;
    @Inject
    ResultIngestion ingestion;
    @Inject
    ResultSearch search;
    @Inject
    SecurityIdentity identity;
    @Inject
    KeptSessions kept;
    @Inject
    ResultRetention retention;

    /** The upload form. The file is kept on disk by the server until the request ends, never in memory. */
    public static class UploadForm {
        @RestForm
        public FileUpload report;

        @RestForm
        @Size(max = ResultIngestion.SOURCE_NAME_WIDTH, message = "At most 300 characters")
        public String name;
    }

    /** Everything the results page shows. */
    public record View(SessionHeading session, List<TestRun> runs, long runCount, TestRun run, ResultFilter filter,
            Paging<ResultRow> results, List<RunSuite> suites, long suiteCount, List<SeenFailure> failures,
            long failureCount, Retention retention) {
    }

    /** What the page says about retention: the period (null without one) and the last month removed, if any. */
    public record Retention(String period, ResultRemoval lastRemoval) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(View view, UploadForm form, FormErrors errors);
    }

    @GET
    @Authenticated
    public TemplateInstance results(@PathParam("id") long id, @QueryParam("run") Long run,
            @QueryParam("status") String status, @QueryParam("suite") String suite, @QueryParam("q") String q,
            @QueryParam("page") Integer page) {
        return Templates.results(view(id, run, status, suite, q, page), new UploadForm(), FormErrors.none());
    }

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @BeanParam UploadForm form) {
        SessionHeading session = findSession(id);
        FormErrors errors = forms.validate(form);
        if (form.report == null || form.report.fileName() == null || form.report.fileName().isBlank()) {
            errors.add("report", "Choose the JUnit XML report to upload");
        }
        if (errors.isEmpty()) {
            String sourceName = form.name == null || form.name.isBlank() ? form.report.fileName() : form.name;
            try (InputStream in = Files.newInputStream(form.report.uploadedFile())) {
                IngestReport report = ingestion.ingest(id, in, sourceName, identity.getPrincipal().getName());
                return forms.redirect(TestRun.resultsPage(id, report.runId()), report.summary());
            } catch (ReportRejectedException e) {
                errors.add("report", e.getMessage() + " Nothing was stored.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Forms.invalid(Templates.results(view(id, null, null, null, null, null), form, errors));
    }

    /** Marks the session's results "keep" (kept past retention), or lets them expire again. */
    @POST
    @Path("keep")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response keep(@PathParam("id") long id, @RestForm String keep) {
        boolean keeping = "true".equals(keep);
        if (!keeping && !"false".equals(keep)) {
            throw new BadRequestException("keep: say true or false");
        }
        kept.keep(id, keeping);
        return forms.redirect("/sessions/" + id + "/results", keeping
                ? "This session's results will be kept past the retention period."
                : "This session's results will be removed with their month, like the others.");
    }

    private View view(long sessionId, Long runId, String status, String suite, String q, Integer page) {
        ResultSheet sheet = ResultSheet.read(sessionId, runId, RUNS_SHOWN, SUITES_SHOWN, FAILURES_SHOWN);
        if (sheet == null) {
            throw new NotFoundException();
        }
        // a run older than the latest shown is read on its own
        TestRun run = sheet.run() != null || runId == null ? sheet.run()
                : TestRun.findInSession(sessionId, runId).orElseThrow(NotFoundException::new);
        ResultFilter filter = new ResultFilter(sessionId, run == null ? null : run.id, status, suite, q);
        Paging<ResultRow> results = run == null ? new Paging<>(List.of(), 1, ResultSearch.PAGE_SIZE, 0)
                : search.page(run, filter, Paging.clampPage(page));
        return new View(sheet.session(), sheet.runs(), sheet.runCount(), run, filter, results,
                run == null ? List.of() : sheet.suites(), run == null ? 0 : sheet.suiteCount(), sheet.failures(),
                sheet.failureCount(), new Retention(retention.period().orElse(null), sheet.lastRemoval()));
    }

    static SessionHeading findSession(long id) {
        return SessionHeading.find(id).orElseThrow(NotFoundException::new);
    }
}
