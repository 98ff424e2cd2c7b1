package dev.fivewhys.fix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fivewhys.analysis.AnalysisStory;
import dev.fivewhys.session.StoryEvent;

/** How a fix's steps read in its session's timeline, as the team's logs tell them. */
public final class FixStory {

    public static final String RECORDED = "FIX RECORDED";
    public static final String MERGED = "FIX MERGED";
    public static final String DEPLOYED = "FIX DEPLOYED";
    public static final String VERIFIED = "FIX VERIFIED";
    public static final String UNVERIFIED = "FIX NO LONGER VERIFIED";
    public static final String PR_LINKED = "PULL REQUEST LINKED";
    public static final String PR_MERGED = "PULL REQUEST MERGED";

    private FixStory() {
    }

    /** An event of the fix, told where its analysis's events are. */
    public static StoryEvent event(Fix fix, String title, String detail, String actor, Instant at) {
        List<String> sentences = new ArrayList<>();
        sentences.add(
                link(fix) + " of " + AnalysisStory.link(fix.analysis) + ", now " + fix.status.label.toLowerCase(Locale.ROOT)
                        + ".");
        if (detail != null && !detail.isBlank()) {
            sentences.add(detail.strip());
        }
        return AnalysisStory.told(fix.analysis, title, String.join(" ", sentences), actor, at);
    }

    public static String link(Fix fix) {
        return "[Fix #" + fix.id + "](/fixes/" + fix.id + ")";
    }

    /** The commit and pull request in words (no bare PR numbers, which a log reader would take for links). */
    static String where(Fix fix) {
        List<String> parts = new ArrayList<>();
        if (fix.commitSha != null) {
            parts.add("Commit " + fix.commitSha + ".");
        }
        if (fix.pullRequestNumber != null) {
            parts.add("Pull request " + fix.pullRequest().url() + ".");
        }
        return String.join(" ", parts);
    }
}
