package dev.fivewhys.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * What an analysis still lacks before it can be marked complete. A draft may be saved with anything missing; only
 * completing asks for a problem, at least one answered why and a root cause, because a fix is asked for next and
 * needs all three to make sense. Five whys are the custom, not the rule: the seeds' teams sometimes stop earlier.
 */
public final class CompletionCheck {

    /** Form field names, so each message is shown beside its field. */
    public static final String PROBLEM_STATEMENT = "problemStatement";
    public static final String WHYS = "whys";
    public static final String ROOT_CAUSE = "rootCause";

    /** One thing missing: the form field it belongs to and what to do about it. */
    public record Missing(String field, String message) {
    }

    private CompletionCheck() {
    }

    /** Blank answers do not count as answered; an empty list means the analysis can be completed. */
    public static List<Missing> whatIsMissing(String problemStatement, List<String> whyAnswers, String rootCause) {
        List<Missing> missing = new ArrayList<>();
        if (isBlank(problemStatement)) {
            missing.add(new Missing(PROBLEM_STATEMENT, "Write the problem statement"));
        }
        if (whyAnswers == null || whyAnswers.stream().allMatch(CompletionCheck::isBlank)) {
            missing.add(new Missing(WHYS, "Answer at least one why"));
        }
        if (isBlank(rootCause)) {
            missing.add(new Missing(ROOT_CAUSE, "Name the root cause"));
        }
        return List.copyOf(missing);
    }

    public static boolean canComplete(String problemStatement, List<String> whyAnswers, String rootCause) {
        return whatIsMissing(problemStatement, whyAnswers, rootCause).isEmpty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
