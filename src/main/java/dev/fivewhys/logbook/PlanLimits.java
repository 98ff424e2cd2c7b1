package dev.fivewhys.logbook;

import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.logbook.ImportPlan.AnalysisValues;
import dev.fivewhys.logbook.ImportPlan.EntryValues;
import dev.fivewhys.logbook.ImportPlan.FixValues;
import dev.fivewhys.logbook.ImportPlan.PhaseValues;
import dev.fivewhys.logbook.ImportPlan.SessionValues;

/**
 * What stops a plan from being imported: a log without a title, or a value longer than its record holds. Shown on the
 * preview, in words that point at the log's text; the import is refused until the log is fixed.
 */
final class PlanLimits {

    private PlanLimits() {
    }

    static List<String> problems(ImportPlan plan) {
        List<String> problems = new ArrayList<>();
        SessionValues session = plan.session();
        if (session.title() == null || session.title().isBlank()) {
            problems.add(
                    "The log has no title: its first line should be a heading such as \"# ULTIMATE TEST DEPLOY LOOP: …\".");
        }
        longer(problems, "The title", session.title(), 300);
        longer(problems, "The environment", session.environment(), 60);
        longer(problems, "The performance target", session.performanceTarget(), 300);
        for (PhaseValues phase : plan.phases()) {
            longer(problems, "Phase \"" + phase.name() + "\"'s name", phase.name(), 200);
            longer(problems, "Phase \"" + phase.name() + "\"'s priority", phase.priority(), 20);
            phase.suites().forEach(s -> longer(problems, "Suite path " + s.path(), s.path(), 500));
        }
        plan.criteria().forEach(c -> longer(problems, "Success criterion \"" + c.text() + "\"", c.text(), 500));
        for (EntryValues entry : plan.entries()) {
            longer(problems, "Entry title \"" + entry.title() + "\"", entry.title(), 300);
        }
        for (AnalysisValues analysis : plan.analyses()) {
            for (FixValues fix : analysis.fixes()) {
                fix.files().forEach(f -> longer(problems, "File path " + f.path(), f.path(), 1000));
                fix.tests().forEach(t -> longer(problems, "Test path " + t.path(), t.path(), 1000));
                fix.audits().forEach(a -> longer(problems, "Audit kind \"" + a.kind() + "\"", a.kind(), 60));
            }
        }
        plan.links().forEach(l -> longer(problems, "GitHub link " + l.url(), l.url(), 500));
        return problems;
    }

    private static void longer(List<String> problems, String what, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(what + " is longer than " + max + " characters; shorten it in the log and try again.");
        }
    }
}
