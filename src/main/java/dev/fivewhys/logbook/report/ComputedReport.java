package dev.fivewhys.logbook.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fivewhys.logbook.ReportLines;
import dev.fivewhys.logbook.parse.ComputedParts;
import dev.fivewhys.result.TestRun;
import dev.fivewhys.story.SessionGoNoGo;
import dev.fivewhys.story.SessionStory;
import dev.fivewhys.story.SessionStory.AnalysisStory;
import dev.fivewhys.story.SessionStory.FailureStory;
import dev.fivewhys.story.SessionStory.FixStory;

/**
 * What a report says that the app computes from the records rather than keeps as text: the session's go/no-go and what
 * would change it, the results uploaded, and the failures seen with what was done about each. Fenced as
 * {@link ComputedParts}, so reading the report back recomputes it instead of keeping it as text.
 */
final class ComputedReport {

    static final int MOST_RUNS = 50;

    private ComputedReport() {
    }

    static String markdown(SessionStory story, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add(ComputedParts.START);
        SessionGoNoGo.Decision decision = story.goNoGo();
        lines.add("## SESSION GO/NO-GO: " + decision.verdict().label);
        lines.add("");
        lines.add((decision.verdict().name().equals("GO") ? "" : "What would change it: ") + decision.summary() + ".");
        list(lines, "Blocked by:", decision.blockers());
        list(lines, "Conditions:", decision.conditions());
        list(lines, "Decided from:", decision.facts());
        List<TestRun> runs = TestRun.latestOf(story.sessionId(), MOST_RUNS);
        if (!runs.isEmpty()) {
            lines.add("");
            lines.add("## TEST RESULTS");
            lines.add("");
            lines.add("| Run | Uploaded | Tests | Passed | Failed | Errored | Skipped | Duration |");
            lines.add("|---|---|---:|---:|---:|---:|---:|---:|");
            for (int i = runs.size() - 1; i >= 0; i--) {
                TestRun run = runs.get(i);
                lines.add("| " + cell(run.label()) + " | " + ReportLines.stamp(run.uploadedAt, zone) + " | " + run.tests
                        + " | " + run.passed + " | " + run.failed + " | " + run.errored + " | " + run.skipped + " | "
                        + run.durationDisplay() + " |");
            }
        }
        if (!story.failures().isEmpty()) {
            lines.add("");
            lines.add("## FAILURES SEEN");
            lines.add("");
            for (FailureStory failure : story.failures()) {
                lines.add("- Failure #" + failure.failure().id() + " (" + failure.failure().severityLabel().toLowerCase(
                        Locale.ROOT) + ", " + failure.arrival().label.toLowerCase(Locale.ROOT) + ", "
                        + failure.failure().statusLabel().toLowerCase(Locale.ROOT) + "): `" + cell(failure.failure().title())
                                .replace("`", "'")
                        + "`");
                failure.analyses().forEach(a -> lines.add("  - " + analysis(a)));
            }
        }
        lines.add(ComputedParts.END);
        return String.join("\n", lines) + "\n\n";
    }

    private static String analysis(AnalysisStory story) {
        StringBuilder line = new StringBuilder("Analysis #" + story.analysis().id() + " "
                + story.analysis().status().label.toLowerCase(Locale.ROOT) + ", " + story.origin());
        for (FixStory fix : story.fixes()) {
            line.append("; fix #").append(fix.fix().id()).append(' ').append(fix.fix().status().label.toLowerCase(Locale.ROOT))
                    .append(", go/no-go ").append(fix.decision().verdict().label);
        }
        return line.toString();
    }

    private static void list(List<String> lines, String title, List<String> items) {
        if (!items.isEmpty()) {
            lines.add("");
            lines.add(title);
            lines.add("");
            items.forEach(item -> lines.add("- " + item));
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
