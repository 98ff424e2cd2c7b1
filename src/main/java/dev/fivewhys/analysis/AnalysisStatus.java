package dev.fivewhys.analysis;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import dev.fivewhys.core.ValidationProblem;

/**
 * Where a five-whys analysis stands: a draft is being written, a complete one has its problem, whys and root cause
 * (see {@link CompletionCheck}), a verified one had its fix verified. A complete analysis can be reopened as a draft
 * when new evidence turns up; a verified one is history and stays as it is (a recurrence gets a new analysis).
 */
public enum AnalysisStatus {
    DRAFT("Draft"),
    COMPLETE("Complete"),
    VERIFIED("Verified");

    public final String label;

    AnalysisStatus(String label) {
        this.label = label;
    }

    public Set<AnalysisStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(COMPLETE);
            case COMPLETE -> EnumSet.of(VERIFIED, DRAFT);
            case VERIFIED -> EnumSet.noneOf(AnalysisStatus.class);
        };
    }

    public boolean canMoveTo(AnalysisStatus target) {
        return allowedNext().contains(target);
    }

    /**
     * @throws ValidationProblem when the step is not allowed; completing also needs {@link CompletionCheck}
     */
    public AnalysisStatus moveTo(AnalysisStatus target) {
        if (canMoveTo(target)) {
            return target;
        }
        if (target == this) {
            throw new ValidationProblem("This analysis is already " + (this == DRAFT ? "a draft" : lower(this)));
        }
        String message = switch (this) {
            case DRAFT -> "A draft analysis must be completed before it can be verified";
            case COMPLETE -> "This analysis is already complete"; // unreachable: complete may go anywhere else
            case VERIFIED -> "A verified analysis stays as it is; start a new analysis if the problem came back";
        };
        throw new ValidationProblem(message);
    }

    private static String lower(AnalysisStatus status) {
        return status.label.toLowerCase(Locale.ROOT);
    }
}
