package dev.fivewhys.analysis;

import java.time.Instant;

import dev.fivewhys.session.StoryEvent;

/** How an analysis's steps read in its session's timeline, as the team's logs tell them. */
public final class AnalysisStory {

    public static final String STARTED = "FIVE WHYS ANALYSIS STARTED";
    public static final String COMPLETED = "FIVE WHYS ANALYSIS COMPLETED";
    public static final String VERIFIED = "FIVE WHYS ANALYSIS VERIFIED";
    public static final String REOPENED = "FIVE WHYS ANALYSIS REOPENED";

    private AnalysisStory() {
    }

    /** An event of the analysis, told in the session it was started from, else where its failure was seen last. */
    public static StoryEvent event(Analysis analysis, String title, String detail, String actor, Instant at) {
        StringBuilder body = new StringBuilder(link(analysis));
        if (analysis.failure != null) {
            body.append(" of [failure #").append(analysis.failure.id).append("](/failures/").append(analysis.failure.id)
                    .append(")");
        }
        body.append(analysis.session != null ? ", started from this session" : ", started from the failure");
        body.append('.');
        if (detail != null && !detail.isBlank()) {
            body.append(' ').append(detail.strip());
        }
        return told(analysis, title, body.toString(), actor, at);
    }

    /** An event about the analysis or a record of it (a fix, an audit), with its whole body. */
    public static StoryEvent told(Analysis analysis, String title, String body, String actor, Instant at) {
        return new StoryEvent(analysis.session == null ? null : analysis.session.id,
                analysis.failure == null ? null : analysis.failure.id, at, actor, title, body);
    }

    public static String link(Analysis analysis) {
        return "[Analysis #" + analysis.id + "](/analyses/" + analysis.id + ")";
    }

    /** "Root cause: …", as a sentence. */
    static String rootCause(Analysis analysis) {
        return analysis.rootCause == null || analysis.rootCause.isBlank() ? null
                : "Root cause: " + analysis.rootCause.strip().replace('\n', ' ');
    }
}
