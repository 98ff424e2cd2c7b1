package dev.fivewhys.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import dev.fivewhys.core.ValidationProblem;

/**
 * The overall score of an audit, in whole percent: derived from its checks, and possibly overridden by the auditor
 * who weighs them differently. Both are kept and shown, so a reader sees when the headline figure is a judgement
 * rather than arithmetic.
 * <p>
 * Derived = the mean of the check scores, rounded half up (100, 100, 100, 100, 80 → 96). Checks recorded without a
 * score do not count (callers that want an outcome to count pass {@link CheckOutcome#scoreOr}); no scored check → no
 * derived score.
 */
public final class AuditScore {

    public static final int MIN = 0;
    public static final int MAX = 100;

    private final Integer derived;
    private final Integer overridden;

    private AuditScore(Integer derived, Integer overridden) {
        this.derived = derived;
        this.overridden = overridden;
    }

    /**
     * @param checkScores the checks' scores, 0–100; null entries are checks without a score
     * @throws ValidationProblem when a score is outside 0–100
     */
    public static AuditScore derive(List<Integer> checkScores) {
        List<Integer> scored = checkScores == null ? List.of()
                : checkScores.stream().filter(Objects::nonNull).map(AuditScore::requireScore).toList();
        if (scored.isEmpty()) {
            return new AuditScore(null, null);
        }
        long sum = scored.stream().mapToLong(Integer::longValue).sum();
        long count = scored.size();
        // Integer half-up rounding of sum / count, free of floating-point surprises at .5.
        return new AuditScore((int) ((2 * sum + count) / (2 * count)), null);
    }

    /**
     * The overall score of an audit's checks, given as their scores (null: none given) and outcomes in the same order:
     * a check without a score counts with its outcome's.
     */
    public static AuditScore ofChecks(List<Integer> scores, List<CheckOutcome> outcomes, Integer override) {
        List<Integer> counted = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            counted.add(outcomes.get(i).scoreOr(scores.get(i)));
        }
        return derive(counted).withOverride(override);
    }

    /**
     * The auditor's own figure; null removes the override.
     *
     * @throws ValidationProblem when it is outside 0–100
     */
    public AuditScore withOverride(Integer score) {
        return new AuditScore(derived, score == null ? null : requireScore(score));
    }

    public OptionalInt derived() {
        return derived == null ? OptionalInt.empty() : OptionalInt.of(derived);
    }

    public OptionalInt overridden() {
        return overridden == null ? OptionalInt.empty() : OptionalInt.of(overridden);
    }

    /** The headline figure: the auditor's when given, else the derived one. */
    public OptionalInt overall() {
        return overridden != null ? OptionalInt.of(overridden) : derived();
    }

    public boolean isOverridden() {
        return overridden != null;
    }

    public static int requireScore(int score) {
        if (score < MIN || score > MAX) {
            throw new ValidationProblem("A score is a percentage from 0 to 100, not " + score);
        }
        return score;
    }

    /** "96%", "90% (96% from the checks)", "90% (no scored checks)" or "no score". */
    @Override
    public String toString() {
        if (overridden == null) {
            return derived == null ? "no score" : derived + "%";
        }
        return overridden + "% (" + (derived == null ? "no scored checks" : derived + "% from the checks") + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditScore score && Objects.equals(derived, score.derived)
                && Objects.equals(overridden, score.overridden);
    }

    @Override
    public int hashCode() {
        return Objects.hash(derived, overridden);
    }
}
