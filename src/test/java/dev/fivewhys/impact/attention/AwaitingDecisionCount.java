package dev.fivewhys.impact.attention;

import java.time.Instant;

import dev.fivewhys.impact.ImpactFilter;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** How many sessions "Needs attention" says await a go/no-go at a moment, for tests outside this package. */
public final class AwaitingDecisionCount {

    private AwaitingDecisionCount() {
    }

    public static long at(ImpactFilter filter, Instant moment) {
        SessionsWithoutGoNoGo sessions = Arc.container().instance(SessionsWithoutGoNoGo.class).get();
        return QuarkusTransaction.requiringNew().call(() -> sessions.find(filter, moment, 1).total());
    }
}
