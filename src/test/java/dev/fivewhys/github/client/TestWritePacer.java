package dev.fivewhys.github.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The real pacer on a clock that only its own sleeper moves: tests keep GitHub's limits without
 * waiting for them, and can check the pace the writes would have gone out at.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestWritePacer implements WritePacer {

    private final FakeClock clock = new FakeClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final SyncPacer pacer = new SyncPacer(clock, clock::advance);
    private final List<Instant> granted = new ArrayList<>();

    @Override
    public synchronized void awaitTurn() throws InterruptedException {
        pacer.awaitTurn();
        granted.add(clock.instant());
    }

    /** When each write was allowed to go, on the pacer's clock. */
    public synchronized List<Instant> granted() {
        return List.copyOf(granted);
    }
}
