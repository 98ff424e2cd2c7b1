package dev.fivewhys.failure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.fivewhys.project.Severity;

/**
 * What one upload adds to each failure signature, counted while the report streams by. Only a hash,
 * a count and the worst severity are kept per signature (no message or trace: those are read back
 * from the stored results), so memory grows with the number of distinct failures, not of results.
 */
public final class FailureTally {

    /** One signature's share of the upload. */
    public static final class Share {
        final String hash;
        long count;
        Severity severity;

        Share(String hash, Severity severity) {
            this.hash = hash;
            this.severity = severity;
        }

        public String hash() {
            return hash;
        }

        public long count() {
            return count;
        }

        public Severity severity() {
            return severity;
        }
    }

    private final Map<String, Share> byHash = new HashMap<>();

    /** Counts one failing result and returns its signature's hash, for the result's row. */
    public String add(String failureType, String message, Severity severity) {
        String hash = FailureSignature.of(failureType, message).hash();
        Share share = byHash.computeIfAbsent(hash, h -> new Share(h, severity));
        share.count++;
        if (severity.isWorseThan(share.severity)) {
            share.severity = severity;
        }
        return hash;
    }

    /**
     * Takes one failing result back out (its test is quarantined): it is stored, but adds nothing to its failure; a
     * signature left with none opens no failure.
     */
    public void forget(String hash) {
        Share share = byHash.get(hash);
        if (share != null && --share.count == 0) {
            byHash.remove(hash);
        }
    }

    public boolean isEmpty() {
        return byHash.isEmpty();
    }

    public int size() {
        return byHash.size();
    }

    /** Sorted by hash: every upload takes its failure rows' locks in this order, so two never deadlock. */
    List<Share> sorted() {
        List<Share> shares = new ArrayList<>(byHash.values());
        shares.sort((a, b) -> a.hash.compareTo(b.hash));
        return shares;
    }

    Share get(String hash) {
        return byHash.get(hash);
    }
}
