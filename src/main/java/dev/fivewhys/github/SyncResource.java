package dev.fivewhys.github;

import java.time.Clock;
import java.time.Instant;
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

import dev.fivewhys.github.client.ConfiguredGateway;
import dev.fivewhys.github.client.GitHubConfig;
import dev.fivewhys.github.outbox.GitHubToken;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.webhook.WebhookDelivery;
import dev.fivewhys.github.webhook.WebhookProcessor;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The "GitHub sync" page: whether the worker is paused or holding back and why, what is waiting, what failed and
 * why (GitHub's own words), GitHub's last word on our budget, and the webhook deliveries.
 */
@Path("/github/sync")
@RolesAllowed({ Role.ADMIN, Role.ENGINEER })
public class SyncResource {

    private static final int LISTED = 50;

    @Inject
    SyncJobs jobs;
    @Inject
    WebhookProcessor webhooks;
    @Inject
    SyncStanding standing;
    @Inject
    Forms forms;
    @Inject
    GitHubConfig config;
    @Inject
    ConfiguredGateway gateway;
    @Inject
    Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sync(List<SyncJob> waiting, List<SyncJob> failed, List<SyncJob> recent,
                long waitingCount, long failedCount, GitHubToken token, Instant now, List<WebhookDelivery> deliveries,
                List<WebhookDelivery> failedDeliveries, boolean configured, boolean dryRun);
    }

    @GET
    @Transactional
    public TemplateInstance page() {
        return Templates.sync(SyncJob.listWaiting(LISTED), SyncJob.listInState(SyncJob.State.FAILED, LISTED),
                SyncJob.listInState(SyncJob.State.DONE, LISTED), SyncJob.countWaiting(),
                SyncJob.countInState(SyncJob.State.FAILED), standing.token().orElse(null), clock.instant(),
                WebhookDelivery.listRecent(20), WebhookDelivery.listFailed(LISTED),
                gateway.configured(), config.dryRun());
    }

    @POST
    @Path("jobs/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") long id) {
        boolean retried = jobs.retry(id);
        return forms.redirect("/github/sync", retried ? "Job " + id + " is queued again" : "Job " + id + " cannot be retried");
    }

    @POST
    @Path("jobs/retry-failed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retryAllFailed() {
        int retried = jobs.retryAllFailed();
        return forms.redirect("/github/sync", retried == 0 ? "No job had failed" : retried + " failed job(s) queued again");
    }

    @POST
    @Path("jobs/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id) {
        boolean cancelled = jobs.cancel(id);
        return forms.redirect("/github/sync", cancelled ? "Job " + id + " cancelled" : "Job " + id + " is not pending");
    }

    /** After the token was fixed on GitHub's side (a permission granted, the token renewed with the same value). */
    @POST
    @Path("resume")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume() {
        boolean resumed = standing.resume();
        return forms.redirect("/github/sync", resumed ? "The sync worker resumes" : "The sync worker was not paused");
    }

    @POST
    @Path("deliveries/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retryDelivery(@PathParam("id") long id) {
        boolean retried = webhooks.retry(id);
        return forms.redirect("/github/sync",
                retried ? "Webhook delivery " + id + " is processed again" : "Webhook delivery " + id + " had not failed");
    }
}
