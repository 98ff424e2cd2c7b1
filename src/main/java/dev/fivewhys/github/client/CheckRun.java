package dev.fivewhys.github.client;

import java.util.List;

/**
 * A check run as the app keeps it on a commit: one per name and commit, created once and then updated.
 *
 * @param conclusion null while {@code status} is IN_PROGRESS
 * @param summary markdown, shown on the pull request's Checks tab
 * @param annotations at most {@value #MAX_ANNOTATIONS}, what GitHub takes in one request
 */
public record CheckRun(String name, Status status, Conclusion conclusion, String detailsUrl, String externalId,
        String title, String summary, List<Annotation> annotations) {

    public static final int MAX_ANNOTATIONS = 50;
    /** GitHub refuses a longer summary. */
    static final int SUMMARY_MAX = 65_535;

    /** GitHub's own words. */
    public enum Status {
        IN_PROGRESS,
        COMPLETED
    }

    /** GitHub's own words; the ones the app uses. */
    public enum Conclusion {
        SUCCESS,
        NEUTRAL,
        ACTION_REQUIRED,
        FAILURE
    }

    /** GitHub's own words for how loud an annotation is. */
    public enum Level {
        NOTICE,
        WARNING,
        FAILURE
    }

    /** A note on lines {@code startLine} to {@code endLine} of a file, shown beside the pull request's diff. */
    public record Annotation(String path, int startLine, int endLine, Level level, String message) {
    }

    public CheckRun {
        if ((status == Status.COMPLETED) != (conclusion != null)) {
            throw new IllegalArgumentException("a check run has a conclusion exactly when it is completed");
        }
        annotations = List.copyOf(annotations.size() > MAX_ANNOTATIONS ? annotations.subList(0, MAX_ANNOTATIONS)
                : annotations);
        if (summary != null && summary.length() > SUMMARY_MAX) {
            summary = summary.substring(0, SUMMARY_MAX - 1) + "…";
        }
    }
}
