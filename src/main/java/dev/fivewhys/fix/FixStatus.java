package dev.fivewhys.fix;

import java.util.Locale;
import java.util.Optional;

import dev.fivewhys.core.ValidationProblem;

/**
 * Where a fix stands. It only moves forward one step at a time: each step is a fact (the PR merged, the commit
 * reached staging, the tests passed there), and skipping one would claim a fact nobody recorded. A fix may be
 * recorded in any status to begin with, e.g. one already deployed when it is written down.
 */
public enum FixStatus {
    PROPOSED("Proposed"),
    MERGED("Merged"),
    DEPLOYED("Deployed"),
    VERIFIED("Verified");

    public final String label;

    FixStatus(String label) {
        this.label = label;
    }

    /** The one status this fix can move to; empty once verified. */
    public Optional<FixStatus> next() {
        return this == VERIFIED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public boolean canMoveTo(FixStatus target) {
        return next().filter(target::equals).isPresent();
    }

    /**
     * @throws ValidationProblem saying which step comes next
     */
    public FixStatus moveTo(FixStatus target) {
        if (canMoveTo(target)) {
            return target;
        }
        if (this == VERIFIED) {
            throw new ValidationProblem("This fix is verified already; it cannot become " + lower(target));
        }
        throw new ValidationProblem("A " + lower(this) + " fix can next become " + lower(next().orElseThrow())
                + ", not " + lower(target));
    }

    /** For events that may arrive late, e.g. "PR merged" for a fix already marked deployed. */
    public boolean isAtLeast(FixStatus other) {
        return compareTo(other) >= 0;
    }

    private static String lower(FixStatus status) {
        return status.label.toLowerCase(Locale.ROOT);
    }
}
