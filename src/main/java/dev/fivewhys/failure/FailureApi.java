package dev.fivewhys.failure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.fivewhys.web.Paging;
import io.quarkus.security.Authenticated;

@Path("/api/failures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Failures")
public class FailureApi {

    static final int MAX_SIZE = 200;

    @GET
    @Authenticated
    @Operation(summary = "List failures", description = "Sorted by impact: the worst severity first, then the most "
            + "occurrences, then the most recently seen. Filters combine.")
    public FailureJson.Page list(@Parameter(description = "Project slug") @QueryParam("project") String project,
            @Parameter(description = "OPEN, ANALYSING, FIX_IN_PROGRESS or RESOLVED") @QueryParam("status") String status,
            @Parameter(description = "CRITICAL, HIGH, MEDIUM or LOW") @QueryParam("severity") String severity,
            @Parameter(description = "true: only failures that came back after being resolved") @QueryParam("recurring") String recurring,
            @Parameter(description = "From 1") @QueryParam("page") Integer page,
            @Parameter(description = "Up to 200; 25 by default") @QueryParam("size") Integer size) {
        FailureFilter filter = new FailureFilter(project, status, severity, recurring);
        int current = Paging.clampPage(page);
        int pageSize = size == null || size < 1 ? Paging.DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new FailureJson.Page(current, pageSize, filter.count(),
                filter.page(current, pageSize).stream().map(FailureJson.Item::of).toList());
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read one failure")
    public FailureJson.Item get(@PathParam("id") long id) {
        Failure failure = Failure.findById(id);
        if (failure == null) {
            throw new NotFoundException();
        }
        return FailureJson.Item.of(failure);
    }
}
