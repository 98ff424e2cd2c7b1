package dev.fivewhys.github.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's request budget as one of its answers reported it; the outbox keeps it with the token's state.
 *
 * @param resetAt when the budget refills, on the app's clock (measured from GitHub's Date header)
 */
public record ReportedRateLimit(int remaining, int limit, Instant resetAt) {

    /** The budget in an answer's headers, if it carries one. */
    static Optional<ReportedRateLimit> in(Map<String, List<String>> headerMap, Instant now) {
        GitHubHeaders headers = new GitHubHeaders(headerMap);
        Integer remaining = headers.integer("X-RateLimit-Remaining");
        Integer limit = headers.integer("X-RateLimit-Limit");
        Instant reset = headers.epochSeconds("X-RateLimit-Reset");
        if (remaining == null || limit == null || reset == null) {
            return Optional.empty();
        }
        return Optional.of(new ReportedRateLimit(remaining, limit, now.plus(headers.until(reset, now))));
    }
}
