package dev.fivewhys.result;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.fivewhys.security.Role;
import dev.fivewhys.session.TestSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/sessions/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class ResultApi {

    @Inject
    ResultIngestion ingestion;
    @Inject
    SecurityIdentity identity;
    @Inject
    KeptSessions kept;

    /** Why a report was refused, with the line where the problem is (null when it has none). */
    public record Refusal(int status, String message, Integer line) {
    }

    public record RunJson(long id, long sessionId, String sourceName, String uploadedBy, Instant uploadedAt,
            IngestReport.Totals totals, RunContext context) {
        public static RunJson of(TestRun run) {
            return new RunJson(run.id, run.session.id, run.sourceName, run.uploadedBy, run.uploadedAt,
                    new IngestReport.Totals(run.tests, run.passed, run.failed, run.errored, run.skipped, run.flaky,
                            run.durationMs),
                    run.context());
        }
    }

    @POST
    // any type matches, and ReportContentType says which it takes: matching alone lets a missing or empty one through
    @Consumes(MediaType.WILDCARD)
    @XmlReportBody
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Operation(summary = "Upload a JUnit XML report to a session", description = "The body is the report itself, "
            + "streamed: any size up to the server's limit (FIVEWHYS_MAX_UPLOAD_SIZE, 100 MB by default). "
            + "Failing results are grouped into failures by signature. The report is stored whole or not at all.")
    @RequestBody(required = true, description = "A JUnit XML report (Surefire, pytest, jest, go-junit-report, …)", content = {
            @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "201", description = "Stored: the run's totals and the failures it touched", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestReport.class)))
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "413", description = "Larger than the server accepts")
    @APIResponse(responseCode = "415", description = "Content-Type missing, or not application/xml or text/xml (a form or multipart upload included); nothing stored")
    @APIResponse(responseCode = "422", description = "Not a JUnit report we can read; nothing stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Refusal.class)))
    public Response upload(@PathParam("id") long id,
            @Parameter(description = "What to call the run, e.g. the report's file name or the CI job") @QueryParam("name") String name,
            @Parameter(description = "The commit tested (7 to 64 hex digits); or header X-Commit-SHA") @QueryParam("commit") String commit,
            @Parameter(hidden = true) @HeaderParam("X-Commit-SHA") String commitHeader,
            @Parameter(description = "The branch tested; or header X-Branch") @QueryParam("branch") String branch,
            @Parameter(hidden = true) @HeaderParam("X-Branch") String branchHeader,
            @Parameter(description = "The CI job's name; or header X-CI-Job") @QueryParam("job") String job,
            @Parameter(hidden = true) @HeaderParam("X-CI-Job") String jobHeader,
            @Parameter(description = "The CI job's http(s) address; or header X-CI-Job-URL") @QueryParam("jobUrl") String jobUrl,
            @Parameter(hidden = true) @HeaderParam("X-CI-Job-URL") String jobUrlHeader,
            @Parameter(description = "The environment tested, e.g. staging; or header X-Environment") @QueryParam("environment") String environment,
            @Parameter(hidden = true) @HeaderParam("X-Environment") String environmentHeader, InputStream body)
            throws ReportRejectedException {
        RunContext context = RunContext.of(commit, commitHeader, branch, branchHeader, job, jobHeader, jobUrl,
                jobUrlHeader, environment, environmentHeader);
        IngestReport report = ingestion.ingest(id, body, name, identity.getPrincipal().getName(), context);
        return Response.created(URI.create(report.resultsPage())).entity(report).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The session's latest runs with their totals")
    public List<RunJson> runs(@PathParam("id") long id) {
        if (TestSession.findById(id) == null) {
            throw new NotFoundException();
        }
        return TestRun.latestOf(id, 100).stream().map(RunJson::of).toList();
    }

    /** Whether a session's results are kept past FIVEWHYS_RESULT_RETENTION. */
    public record Keep(
            @Schema(required = true, description = "true: kept past retention; false: removed with their month") Boolean keep) {
    }

    @PUT
    @Path("keep")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Operation(summary = "Keep the session's results past the retention period, or let them expire with their month")
    @APIResponse(responseCode = "200", description = "The session's setting now")
    @APIResponse(responseCode = "400", description = "keep is missing")
    @APIResponse(responseCode = "404", description = "No such session")
    public Keep keep(@PathParam("id") long id, Keep body) {
        if (body == null || body.keep() == null) {
            throw new BadRequestException("keep: say true or false");
        }
        kept.keep(id, body.keep());
        return body;
    }

    @ServerExceptionMapper
    public Response refused(ReportRejectedException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(new Refusal(422, e.reason() + " Nothing was stored.", e.line() > 0 ? e.line() : null)).build();
    }

    /** The body stopped before its end (client gone, or over the size limit): nothing was stored. */
    @ServerExceptionMapper
    public Response interrupted(UncheckedIOException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(new Refusal(400, "The upload stopped before the report was complete. Nothing was stored.", null))
                .build();
    }
}
