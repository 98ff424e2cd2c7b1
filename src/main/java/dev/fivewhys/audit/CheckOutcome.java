package dev.fivewhys.audit;

import java.util.Optional;

/** The result of one check of an audit or stability validation. */
public enum CheckOutcome {
    PASS("PASS", 100),
    WARN("WARN", 80),
    FAIL("FAIL", 0);

    public final String label;
    /**
     * The score a check counts with when the auditor gave an outcome but no percentage. The seed audit lists four
     * checks at 100 % and an unscored Mega Class Size warning, and reports 96 %: the mean of 100, 100, 100, 100 and
     * 80. A failed check adds nothing.
     */
    public final int defaultScore;

    CheckOutcome(String label, int defaultScore) {
        this.label = label;
        this.defaultScore = defaultScore;
    }

    /** The score to count: the one given, else {@link #defaultScore}. */
    public int scoreOr(Integer given) {
        return given != null ? given : defaultScore;
    }

    public static Optional<CheckOutcome> fromLabel(String text) {
        return Labels.find(CheckOutcome.class, outcome -> outcome.label, text);
    }
}
