package dev.fivewhys.followup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fivewhys.follow-ups")
public interface FollowUpConfig {

    /** When the daily job looks for follow-ups that became overdue (read by its @Scheduled). */
    @WithDefault("0 0 6 * * ?")
    String overdueCron();

    /** Whether the daily job runs on this copy (tests run it by hand on a day they choose). */
    @WithDefault("true")
    boolean overdueJob();
}
