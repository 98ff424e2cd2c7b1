package dev.fivewhys.story;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import dev.fivewhys.session.SessionGoNoGoChanged;

/** Keeps every change of a session's go/no-go announced, with whether it came inside the changing transaction. */
@Singleton
public class GoNoGoChanges {

    public record Seen(SessionGoNoGoChanged change, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    void observe(@Observes SessionGoNoGoChanged change, TransactionManager transactions) throws SystemException {
        seen.add(new Seen(change, transactions.getStatus() == Status.STATUS_ACTIVE));
    }

    /** "NO_GO → CONDITIONAL_GO" for each change of the session, in order. */
    public List<String> of(long sessionId) {
        return seen.stream().filter(s -> s.change().sessionId() == sessionId)
                .map(s -> s.change().previous() + " → " + s.change().current() + (s.inTransaction() ? "" : " (outside)"))
                .toList();
    }
}
