package dev.fivewhys.notify;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fivewhys.notify")
public interface NotifyConfig {

    /** Whether this copy sends notification webhooks (tests drive the sender by hand). */
    @WithDefault("true")
    boolean workerEnabled();

    /** How often the sender looks for due notifications (read by its @Scheduled). */
    @WithDefault("10s")
    Duration pollInterval();

    /** How long a receiver may take to answer. */
    @WithDefault("10s")
    Duration timeout();
}
