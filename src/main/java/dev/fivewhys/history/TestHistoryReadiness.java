package dev.fivewhys.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Test histories in the readiness check: runs not yet in them, and those whose adding failed (with the latest error).
 * It stays UP: uploads and pages work while histories catch up, so a load balancer must not take the app out for it.
 */
@Readiness
@ApplicationScoped
public class TestHistoryReadiness implements HealthCheck {

    @Inject
    TestHistoryQueue queue;

    @Override
    public HealthCheckResponse call() {
        TestHistoryQueue.Standing standing = queue.standing();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Test histories").up()
                .withData("runs waiting", standing.waiting()).withData("runs failed, tried again", standing.failing());
        if (standing.lastError() != null) {
            response.withData("latest error", standing.lastError());
        }
        return response.build();
    }
}
