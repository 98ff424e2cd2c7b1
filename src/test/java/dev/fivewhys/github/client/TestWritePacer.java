package dev.fivewhys.github.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The real pacer on a clock that only its own sleeper moves: tests keep GitHub's limits without
 * waiting for them, and can check the pace the writes would have gone out at.
 */
@Alternative
@Priority(1)
@Singleton
public class TestWritePacer extends WritePacer {

    private final FakeClock clock;
    private final List<Instant> granted = new ArrayList<>();

    public TestWritePacer() {
        this(new FakeClock(Instant.parse("2026-01-05T09:00:00Z")));
    }

    private TestWritePacer(FakeClock clock) {
        super(clock, clock::advance);
        this.clock = clock;
    }

    @Override
    public synchronized void awaitTurn() throws InterruptedException {
        super.awaitTurn();
        granted.add(clock.instant());
    }

    /** When each write was allowed to go, on the pacer's clock. */
    public synchronized List<Instant> granted() {
        return List.copyOf(granted);
    }
}
