package dev.fivewhys.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When a test counts as flaky (fivewhys.flaky.*). Within its last {@link #window()} runs a test is flaky when it
 * passed and failed on one commit, passed on a retry ({@code <flakyFailure>}, {@code <rerunFailure>} before a pass,
 * or the same test passing and failing in one report), or flipped between pass and fail in more than
 * {@link #maxFlipRate()} of its consecutive runs (once it has at least {@link #minRuns()} passes and failures). The
 * rules themselves are SQL (function test_flaky_reason, migration V14_2), applied to every test of an upload at once.
 */
@ConfigMapping(prefix = "fivewhys.flaky")
public interface FlakyRules {

    /** How many of a test's latest runs the rules look at (at most 200). */
    @WithDefault("30")
    int window();

    /** Fewer passes and failures than this say nothing about flipping. */
    @WithDefault("10")
    int minRuns();

    /**
     * Flips over pairs of consecutive runs above which a test is flaky. 0.25: a test that broke and was fixed flips
     * twice (2 of 9 pairs in 10 runs, 2 of 29 in 30: not flaky); one failing at random a sixth of the time or more
     * flips in about 2·p·(1−p) ≥ 0.28 of its pairs (flaky). Rarer random failures are caught by the retry and
     * same-commit rules.
     */
    @WithDefault("0.25")
    double maxFlipRate();
}
