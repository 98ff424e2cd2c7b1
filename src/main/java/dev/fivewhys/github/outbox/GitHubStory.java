package dev.fivewhys.github.outbox;

import java.time.Instant;

import dev.fivewhys.session.StoryEvent;

/** How GitHub's side of a failure reads in the timeline of the sessions it was seen in. */
public final class GitHubStory {

    public static final String ISSUE_CREATED = "GITHUB ISSUE CREATED";
    public static final String ISSUE_CLOSED = "GITHUB ISSUE CLOSED";
    public static final String ISSUE_REOPENED = "GITHUB ISSUE REOPENED";
    public static final String COMMENT = "GITHUB COMMENT";
    /** The app's part in the events it causes itself, as an author. */
    public static final String ACTOR = "github";

    private GitHubStory() {
    }

    /** "[Issue #152](https://github.com/…) created for failure #5." */
    public static StoryEvent issue(long failureId, String title, int number, String url, String what, String actor,
            Instant at) {
        return new StoryEvent(null, failureId, at, actor, title, "[Issue #" + number + "](" + url + ") " + what
                + " for [failure #" + failureId + "](/failures/" + failureId + ").");
    }

    public static StoryEvent comment(long failureId, String who, String excerpt, String url, Instant at) {
        String quoted = excerpt.strip().lines().map(line -> "> " + line).reduce((a, b) -> a + "\n" + b).orElse(">");
        return new StoryEvent(null, failureId, at, who, COMMENT, who + " commented on the issue of [failure #"
                + failureId + "](/failures/" + failureId + ")" + (url.isEmpty() ? "" : " ([comment](" + url + "))")
                + ":\n\n" + quoted);
    }
}
