package dev.fivewhys.github.client;

import java.time.Instant;

/** GitHub's request budget as its last answer reported it. */
public record RateBudget(int remaining, int limit, Instant resetAt) {
}
