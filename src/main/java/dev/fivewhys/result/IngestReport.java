package dev.fivewhys.result;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.fivewhys.failure.FailureLedger;

/** The answer to an upload: the run's totals and the failures it touched. */
public record IngestReport(
        long sessionId,
        long runId,
        String sourceName,
        Totals totals,
        @Schema(description = "How many failures the run's failing results were grouped into") int failuresTouched,
        @Schema(description = "How many of them were first seen in this run") int newFailures,
        @Schema(description = "How many had been resolved and came back (they are open again)") int reopenedFailures,
        @Schema(description = "The touched failures, worst first (at most 500)") List<TouchedFailure> failures,
        @Schema(description = "The run on the session's results page") String resultsPage) {

    public record Totals(int tests, int passed, int failed, int errored, int skipped, int flaky, long durationMs) {
    }

    public enum Seen {
        /** First seen in this run. */
        NEW,
        /** Seen in an earlier run of the project. */
        RECURRING
    }

    public record TouchedFailure(
            long id,
            String title,
            String signature,
            String severity,
            String status,
            @Schema(description = "Occurrences across all sessions, this run included") long occurrences,
            long occurrencesInRun,
            Seen seen,
            @Schema(description = "It had been resolved; this run reopened it and marked it recurring") boolean reopened,
            String page) {
    }

    static IngestReport of(TestRun run, FailureLedger.Recorded recorded) {
        Totals totals = new Totals(run.tests, run.passed, run.failed, run.errored, run.skipped, run.flaky,
                run.durationMs);
        List<TouchedFailure> failures = recorded.top().stream()
                .map(t -> new TouchedFailure(t.id(), t.title(), t.signature(), t.severity().name(), t.status().name(),
                        t.occurrences(), t.occurrencesInRun(), t.isNew() ? Seen.NEW : Seen.RECURRING, t.reopened(),
                        "/failures/" + t.id()))
                .toList();
        return new IngestReport(run.session.id, run.id, run.sourceName, totals, recorded.touchedIds().size(),
                recorded.created(), recorded.reopenedIds().size(), failures, TestRun.resultsPage(run.session.id, run.id));
    }

    /** One line for the flash after an upload from the page. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(sourceName == null || sourceName.isBlank() ? "Report" : sourceName).append(" stored: ")
                .append(totals.tests()).append(totals.tests() == 1 ? " test" : " tests").append(" — ")
                .append(totals.passed()).append(" passed, ").append(totals.failed()).append(" failed, ")
                .append(totals.errored()).append(" errored, ").append(totals.skipped()).append(" skipped in ")
                .append(Durations.display(totals.durationMs())).append('.');
        if (failuresTouched > 0) {
            int recurring = failuresTouched - newFailures;
            text.append(' ').append(failuresTouched).append(failuresTouched == 1 ? " failure: " : " failures: ")
                    .append(newFailures).append(" new, ").append(recurring).append(" recurring");
            if (reopenedFailures > 0) {
                text.append(" (").append(reopenedFailures).append(" reopened)");
            }
            text.append('.');
        }
        return text.toString();
    }
}
