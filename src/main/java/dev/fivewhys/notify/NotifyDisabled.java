package dev.fivewhys.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Skips the sender's poll on a copy that does not send (and in tests, which send by hand). */
@ApplicationScoped
public class NotifyDisabled implements Scheduled.SkipPredicate {

    @Inject
    NotifyConfig config;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.workerEnabled();
    }
}
