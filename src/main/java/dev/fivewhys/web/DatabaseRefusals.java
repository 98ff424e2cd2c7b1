package dev.fivewhys.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;

/**
 * Tells the database's refusals that are answers, not faults, wherever they surface (flush or commit wraps them
 * deeply):
 * <ul>
 * <li>a conflict: another request changed the same rows first (an optimistic lock lost, a unique key taken a moment
 * earlier, a deadlock or serialization failure PostgreSQL broke): 409, and the request can simply be made again;</li>
 * <li>a bad value: one no check caught but PostgreSQL cannot store (SQL state class 22, data exception: a year out of
 * range, a number too large, a NUL character): 400.</li>
 * </ul>
 */
final class DatabaseRefusals {

    /** unique_violation, serialization_failure, deadlock_detected, lock_not_available */
    private static final Set<String> CONFLICTS = Set.of("23505", "40001", "40P01", "55P03");

    static final String CONFLICT = "Someone else changed this at the same moment, so your change was not saved. "
            + "Reload to see what they saved, then make your change again.";
    static final String BAD_VALUE = "A value in this request cannot be stored (a date, number or text out of range), "
            + "so nothing was saved.";

    private DatabaseRefusals() {
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof PessimisticLockException) {
                return true;
            }
        }
        return sqlState(failure).filter(CONFLICTS::contains).isPresent();
    }

    static boolean isBadValue(Throwable failure) {
        return sqlState(failure).filter(state -> state.startsWith("22")).isPresent();
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
