package dev.fivewhys.github.client;

import java.time.Instant;

/** GitHub's request budget as its last answer reported it; the outbox keeps it in {@code GitHubRateLimit}. */
public record ReportedRateLimit(int remaining, int limit, Instant resetAt) {
}
