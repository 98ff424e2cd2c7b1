package dev.fivewhys.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import dev.fivewhys.result.ResultsIngested;

/** Keeps every ResultsIngested an upload fires, with whether it came inside the upload's transaction. */
@Singleton
public class RecordedEvents {

    public record Seen(ResultsIngested event, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    void observe(@Observes ResultsIngested event, jakarta.transaction.TransactionManager transactions)
            throws jakarta.transaction.SystemException {
        seen.add(new Seen(event, transactions.getStatus() == jakarta.transaction.Status.STATUS_ACTIVE));
    }

    public Seen ofRun(long runId) {
        return seen.stream().filter(s -> s.event().runId() == runId).findFirst()
                .orElseThrow(() -> new AssertionError("no ResultsIngested for run " + runId));
    }
}
