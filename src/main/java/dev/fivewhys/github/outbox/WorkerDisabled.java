package dev.fivewhys.github.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.github.client.GitHubConfig;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

@ApplicationScoped
public class WorkerDisabled implements Scheduled.SkipPredicate {

    @Inject
    GitHubConfig config;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.workerEnabled();
    }
}
