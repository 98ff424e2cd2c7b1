package dev.fivewhys.web;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;

/**
 * Tells a failure that means "another request changed the same rows first" from a fault: an optimistic lock lost at
 * flush or commit, a unique key another request took a moment earlier, a deadlock or serialization failure PostgreSQL
 * broke. Such a request is refused with 409 and can simply be made again; it is never a 500.
 */
final class ConcurrentChange {

    /** unique_violation, serialization_failure, deadlock_detected, lock_not_available */
    private static final Set<String> SQL_STATES = Set.of("23505", "40001", "40P01", "55P03");

    static final String MESSAGE = "Someone else changed this at the same moment, so your change was not saved. "
            + "Reload to see what they saved, then make your change again.";

    private ConcurrentChange() {
    }

    /** Whether the exception, or anything that caused it (commit failures wrap it deeply), is such a conflict. */
    static boolean causedIt(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof PessimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
