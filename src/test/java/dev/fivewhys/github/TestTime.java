package dev.fivewhys.github;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import dev.fivewhys.core.Sleeper;

/**
 * The app's clock and waiting in the GitHub tests ({@link GitHubProfile} selects this alternative): the real clock
 * plus an offset that only grows. Waiting (the pacer's, for instance) moves the offset instead of the thread, so
 * tests keep GitHub's limits without waiting for them, and {@link #advance} lets a test pass minutes of an outage
 * in a moment. A test that must see real time pass at GitHub turns {@link #waitForReal} on.
 */
@Alternative
@ApplicationScoped
public class TestTime {

    @Inject
    TransactionManager transactions;

    private volatile Duration offset = Duration.ZERO;
    private volatile boolean forReal;
    private final List<Duration> waitsInsideTransactions = new CopyOnWriteArrayList<>();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
    }

    @Produces
    @ApplicationScoped
    Sleeper sleeper() {
        return this::await;
    }

    public Instant now() {
        return Instant.now().plus(offset);
    }

    public synchronized void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("time does not go back: " + d);
        }
        offset = offset.plus(d);
    }

    /** Waits really sleep (true), or move the clock (false, the default). */
    public void waitForReal(boolean really) {
        forReal = really;
    }

    /** Waits that began while the waiting thread had a transaction open: there should be none. */
    public List<Duration> waitsInsideTransactions() {
        return List.copyOf(waitsInsideTransactions);
    }

    private void await(Duration d) throws InterruptedException {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                waitsInsideTransactions.add(d);
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        if (forReal) {
            Sleeper.SYSTEM.sleep(d);
        } else {
            advance(d);
        }
    }
}
