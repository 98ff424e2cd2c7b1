package dev.fivewhys.impact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.core.FiveWhysConfig;

/**
 * The impact page can be kept per copy of the app for a short while (fivewhys.impact-cache; off by default, so every
 * view computes its figures from what the database keeps up to date); the page says as of when. Nothing here is
 * needed by another copy: each computes its own.
 */
@ApplicationScoped
public class RecentSummaries {

    private record Cached(ImpactSummary.View view, Instant until) {
    }

    @Inject
    ImpactSummary summary;
    @Inject
    FiveWhysConfig config;
    @Inject
    Clock clock;

    private final Map<ImpactFilter, Cached> recent = new ConcurrentHashMap<>();

    public ImpactSummary.View of(ImpactFilter filter) {
        Instant now = clock.instant();
        Duration keep = config.impactCache();
        if (keep.isZero()) {
            return summary.of(filter, now);
        }
        Cached cached = recent.get(filter);
        if (cached == null || !now.isBefore(cached.until())) {
            cached = new Cached(summary.of(filter, now), now.plus(keep));
            recent.put(filter, cached);
            recent.values().removeIf(c -> !now.isBefore(c.until()));
        }
        return cached.view();
    }
}
