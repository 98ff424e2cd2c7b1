package dev.fivewhys.github;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.Forms;

/** The failure page's "Send to GitHub" button: queues the failure's sync whatever its severity. */
@Path("/failures/{id}/github")
public class FailureOnGitHubResource {

    @Inject
    SyncJobs jobs;
    @Inject
    Forms forms;

    @POST
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response send(@PathParam("id") long id) {
        Failure failure = Failure.findById(id);
        if (failure == null) {
            throw new NotFoundException();
        }
        if (failure.project.githubRepository == null) {
            return forms.redirect("/failures/" + id, "Project " + failure.project.name + " names no GitHub repository");
        }
        jobs.syncFailure(id);
        return forms.redirect("/failures/" + id, "Queued for GitHub; see the GitHub sync page for progress");
    }
}
