package dev.fivewhys.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/** What the pages of analyses and failures show of follow-ups, without those features depending on this one. */
@TemplateExtension
final class FollowUpTemplates {

    private FollowUpTemplates() {
    }

    /** {@code {analysis.followUps}} */
    static List<FollowUp> followUps(Analysis analysis) {
        return FollowUp.listForAnalysis(analysis);
    }

    /** {@code {analysis.preventionLinesWithoutFollowUp}}: what "one per prevention line" would add. */
    static List<String> preventionLinesWithoutFollowUp(Analysis analysis) {
        return PreventionLines.notYetFollowedUp(analysis.preventionStrategy,
                FollowUp.listForAnalysis(analysis).stream().map(f -> f.title).toList());
    }

    /**
     * {@code {failure.preventionNotDone}}: the failure came back while follow-ups of its analyses are still open, so
     * the prevention they stand for was not done. Empty when it did not come back or nothing is open.
     */
    static List<FollowUp> preventionNotDone(Failure failure) {
        return failure.recurring ? FollowUp.listOpenForFailure(failure) : List.of();
    }

    /** {@code {line.urlEncode}}: text as a query parameter of a link. */
    static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code {followUp.overdue}} on the app's clock, in its time zone. */
    static boolean overdue(FollowUp followUp) {
        return followUp.isOverdue(today());
    }

    static LocalDate today() {
        return LocalDate.now(Arc.container().instance(Clock.class).get().withZone(TimeFormat.zone()));
    }
}
