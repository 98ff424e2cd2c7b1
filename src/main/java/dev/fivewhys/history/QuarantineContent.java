package dev.fivewhys.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A quarantine as an engineer states it, on the page or through the API: why, who owns the test meanwhile, until
 * when, and optionally after how many consecutive passes it ends by itself. Its limits are stated here once.
 */
public record QuarantineContent(String reason, String owner, Instant until, Integer releaseAfterPasses) {

    static final int REASON_MAX = 2000;
    static final int OWNER_MAX = 64;
    static final int PASSES_MAX = 1000;
    /** A quarantine is a stopgap: it has to be looked at again within a year. */
    static final Duration LONGEST = Duration.ofDays(366);

    /** One refused value, named by its field (form field and JSON field alike). */
    public record Problem(String field, String message) {
    }

    public QuarantineContent {
        reason = clean(reason);
        owner = clean(owner);
    }

    public List<Problem> problems(Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(new Problem("reason", "Say why the test is quarantined"));
        } else if (reason.length() > REASON_MAX) {
            problems.add(new Problem("reason", "At most 2,000 characters"));
        }
        if (owner == null) {
            problems.add(new Problem("owner", "Name who owns the test while it is quarantined"));
        } else if (owner.length() > OWNER_MAX) {
            problems.add(new Problem("owner", "At most 64 characters"));
        }
        if (until == null) {
            problems.add(new Problem("until", "Say until when the quarantine holds"));
        } else if (!until.isAfter(now)) {
            problems.add(new Problem("until", "Choose a time in the future"));
        } else if (until.isAfter(now.plus(LONGEST))) {
            problems.add(new Problem("until", "At most a year from now: a quarantine is looked at again"));
        }
        if (releaseAfterPasses != null && (releaseAfterPasses < 1 || releaseAfterPasses > PASSES_MAX)) {
            problems.add(new Problem("releaseAfterPasses", "From 1 to 1,000 passes, or empty"));
        }
        return problems;
    }

    /** For the history: "flaky on staging (owner alice, until …, ends after 5 passes)". */
    String note(String until) {
        return reason + " (owner " + owner + ", until " + until
                + (releaseAfterPasses == null ? "" : ", or after " + releaseAfterPasses + " passes in a row") + ")";
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
