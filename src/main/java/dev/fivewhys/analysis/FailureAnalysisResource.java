package dev.fivewhys.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import io.quarkus.qute.TemplateInstance;

/** Starting an analysis from a failure's page; the form posts to /analyses like every other. */
@Path("/failures/{failureId}/analyses")
public class FailureAnalysisResource {

    @GET
    @Path("new")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public TemplateInstance newForFailure(@PathParam("failureId") long failureId) {
        Failure failure = Failure.findById(failureId);
        if (failure == null) {
            throw new NotFoundException();
        }
        AnalysisForm form = AnalysisForm.blank();
        form.failureId = failure.id;
        // The failure's own words are the usual start of a problem statement.
        form.problemStatement = failure.title();
        return AnalysisResource.formPage(form, FormErrors.none(), null);
    }
}
