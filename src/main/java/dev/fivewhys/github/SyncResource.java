package dev.fivewhys.github;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.github.client.GitHubConfig;
import dev.fivewhys.github.outbox.GitHubRateLimit;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.webhook.WebhookDelivery;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The "GitHub sync" page: what is waiting, what failed and why, and GitHub's last word on our budget. */
@Path("/github/sync")
@RolesAllowed({ Role.ADMIN, Role.ENGINEER })
public class SyncResource {

    private static final int LISTED = 50;

    @Inject
    SyncJobs jobs;
    @Inject
    Forms forms;
    @Inject
    GitHubConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sync(List<SyncJob> pending, List<SyncJob> failed, List<SyncJob> recent,
                long pendingCount, long failedCount, GitHubRateLimit budget, List<WebhookDelivery> deliveries,
                boolean configured, boolean dryRun);
    }

    @GET
    @Transactional
    public TemplateInstance page() {
        return Templates.sync(SyncJob.listInState(SyncJob.State.PENDING, LISTED),
                SyncJob.listInState(SyncJob.State.FAILED, LISTED), SyncJob.listInState(SyncJob.State.DONE, LISTED),
                SyncJob.countInState(SyncJob.State.PENDING), SyncJob.countInState(SyncJob.State.FAILED),
                GitHubRateLimit.current(), WebhookDelivery.listRecent(20),
                config.token().filter(t -> !t.isBlank()).isPresent(), config.dryRun());
    }

    @POST
    @Path("jobs/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") long id) {
        boolean retried = jobs.retry(id);
        return forms.redirect("/github/sync", retried ? "Job " + id + " is queued again" : "Job " + id + " cannot be retried");
    }

    @POST
    @Path("jobs/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id) {
        boolean cancelled = jobs.cancel(id);
        return forms.redirect("/github/sync", cancelled ? "Job " + id + " cancelled" : "Job " + id + " is not pending");
    }
}
