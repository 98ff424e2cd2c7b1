package dev.fivewhys.result;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.fivewhys.web.ApiPage;
import dev.fivewhys.web.Where;
import io.quarkus.security.Authenticated;

/** Uploaded runs across sessions, by where they come from: what CI tested on a commit or a branch. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class RunApi {

    @GET
    @Authenticated
    @Operation(summary = "List test runs", description = "The latest uploaded first. Filters combine.")
    public ApiPage<ResultApi.RunJson> list(@Parameter(description = "Project slug") @QueryParam("project") String project,
            @Parameter(description = "Session id") @QueryParam("session") Long session,
            @Parameter(description = "The commit tested, as uploaded (full or abbreviated)") @QueryParam("commit") String commit,
            @Parameter(description = "The branch tested") @QueryParam("branch") String branch,
            @Parameter(description = "The environment tested") @QueryParam("environment") String environment,
            @Parameter(description = "From 1") @QueryParam("page") Integer page,
            @Parameter(description = "Up to 200; 25 by default") @QueryParam("size") Integer size) {
        Where where = new Where().and("session.project.slug = :project", "project", given(project))
                .and("session.id = :session", "session", session)
                .and("commitSha = :commit", "commit", given(commit) == null ? null : commit.strip().toLowerCase())
                .and("branch = :branch", "branch", given(branch))
                .and("environment = :environment", "environment", given(environment));
        return ApiPage.of(TestRun.find(where.orderBy("uploadedAt desc, id desc"), where.params()), page, size,
                ResultApi.RunJson::of);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
