package dev.fivewhys.history;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.fivewhys.security.Role;
import dev.fivewhys.web.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/tests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tests")
public class TestApi {

    static final int MAX_SIZE = 500;

    @Inject
    Clock clock;
    @Inject
    TestOutcomes outcomes;
    @Inject
    TestQuarantines quarantines;
    @Inject
    SecurityIdentity identity;

    @GET
    @Authenticated
    @Operation(summary = "List tests", description = "The newest tests first. CI asks for "
            + "?project=SLUG&quarantined=true to skip or tolerate the quarantined tests.")
    public TestJson.Page list(@Parameter(description = "Project slug") @QueryParam("project") String project,
            @Parameter(description = "true: only flaky tests; false: only the others") @QueryParam("flaky") String flaky,
            @Parameter(description = "true: only quarantined tests; false: only the others") @QueryParam("quarantined") String quarantined,
            @Parameter(description = "Part of the test's name") @QueryParam("q") String q,
            @Parameter(description = "From 1") @QueryParam("page") Integer page,
            @Parameter(description = "Up to 500; 25 by default") @QueryParam("size") Integer size) {
        TestFilter filter = new TestFilter(project, flaky, quarantined, q);
        int current = Paging.clampPage(page);
        int pageSize = pageSize(size, MAX_SIZE);
        Instant now = clock.instant();
        PanacheQuery<TestCase> query = filter.query(now, current, pageSize);
        return new TestJson.Page(current, pageSize, query.count(),
                query.list().stream().map(t -> TestJson.Item.of(t, now)).toList());
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One test with its latest results, pass rate, median duration and history")
    public TestJson.Detail get(@PathParam("id") long id) {
        TestCase test = TestCase.findInProject(id).orElseThrow(NotFoundException::new);
        return detail(test);
    }

    @PUT
    @Path("{id}/quarantine")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Operation(summary = "Quarantine a test, or change its quarantine", description = "Its results are still stored "
            + "and shown, but its failing results open and reopen no failure, and so reach neither GitHub nor a "
            + "go/no-go, until the quarantine expires, is ended, or the test passes the number of times asked.")
    public TestJson.Detail quarantine(@PathParam("id") long id, TestJson.QuarantineWrite body) {
        if (body == null) {
            throw new BadRequestException("Send the quarantine as a JSON object: reason, owner, until");
        }
        quarantines.quarantine(id, body.content(), identity.getPrincipal().getName());
        return get(id);
    }

    @DELETE
    @Path("{id}/quarantine")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Operation(summary = "End a test's quarantine")
    public TestJson.Detail release(@PathParam("id") long id) {
        quarantines.release(id, identity.getPrincipal().getName());
        return get(id);
    }

    private TestJson.Detail detail(TestCase test) {
        Instant now = clock.instant();
        TestOutcomes.History history = outcomes.of(test);
        return new TestJson.Detail(TestJson.Item.of(test, now), history.passRatePercent(), history.medianDurationMs(),
                history.outcomes(), TestCaseEvent.historyOf(test.id, 100).stream()
                        .map(e -> new TestJson.Event(e.occurredAt, e.kind, e.note, e.actor)).toList());
    }

    static int pageSize(Integer size, int max) {
        return size == null || size < 1 ? Paging.DEFAULT_SIZE : Math.min(size, max);
    }
}
