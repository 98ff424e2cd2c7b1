package dev.fivewhys.github;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.fivewhys.github.outbox.SyncJob;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The GitHub sync in the readiness check: jobs waiting and failed, and whether the worker sends, holds back or is
 * paused, and why. It stays UP: the pages work whatever GitHub thinks of the token, so a load balancer must not take
 * the app out for it.
 */
@Readiness
@ApplicationScoped
public class SyncReadiness implements HealthCheck {

    @Inject
    SyncStanding standing;

    @Override
    public HealthCheckResponse call() {
        return QuarkusTransaction.requiringNew().call(() -> HealthCheckResponse.named("GitHub sync").up()
                .withData("waiting jobs", SyncJob.countWaiting())
                .withData("failed jobs", SyncJob.countInState(SyncJob.State.FAILED))
                .withData("worker", standing.worker()).build());
    }
}
