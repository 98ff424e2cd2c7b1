package dev.fivewhys.logbook.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.session.TestSession;
import io.quarkus.security.Authenticated;

/** A session as a markdown log in the seeds' shape, for everyone who may read the session. */
@Path("/sessions/{id}/report.md")
public class SessionReportResource {

    @Inject
    SessionReport report;

    @GET
    @Authenticated
    @Produces("text/markdown; charset=UTF-8")
    public Response report(@PathParam("id") long id) {
        TestSession session = TestSession.findById(id);
        if (session == null) {
            throw new NotFoundException();
        }
        return Response.ok(report.markdown(session))
                .header("Content-Disposition", "inline; filename=\"session-" + id + ".md\"").build();
    }
}
