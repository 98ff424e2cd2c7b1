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

    /**
     * Whether webhooks may go to loopback, private and link-local addresses: for teams whose receiver (a Slack relay,
     * say) is inside their own network. Off, so that admins cannot make the server call its own network.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
