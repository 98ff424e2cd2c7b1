package dev.fivewhys.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureOccurrence;
import dev.fivewhys.result.TestRun;

/**
 * What an upload tells: its totals, and the failures it showed this session for the first time, new to the project or
 * seen in earlier sessions, and those that came back after they were resolved. Written as plain sentences with links to
 * the records, so that a report read back never takes them for records of their own.
 */
record UploadStory(String totals, List<Told> failures) {

    static final String RESULTS_UPLOADED = "TEST RESULTS UPLOADED";
    static final String NEW_FAILURES = "NEW FAILURES SEEN";
    static final String RECURRING_FAILURES = "RECURRING FAILURES SEEN";
    static final String REOPENED_FAILURES = "FAILURES CAME BACK";
    /** The most failures one entry names; the rest are counted. */
    static final int NAMED = 20;

    record Told(String title, String body) {
    }

    static UploadStory of(TestRun run, List<Long> reopenedIds) {
        String totals = run.tests + (run.tests == 1 ? " test" : " tests") + " in [" + run.label() + "]("
                + TestRun.resultsPage(run.session.id, run.id) + "): " + run.passed + " passed, " + run.failed
                + " failed, " + run.errored + " errored, " + run.skipped + " skipped, in " + run.durationDisplay() + ".";
        List<Told> told = new ArrayList<>();
        // failures this run showed the session for the first time (the ledger stamps them with the upload's time)
        String firstHere = "from FailureOccurrence o join fetch o.failure f where o.sessionId = ?1 and o.firstSeenAt = "
                + "(select r.uploadedAt from TestRun r where r.id = ?2) and f.id not in ?3 and ";
        List<Long> reopened = reopenedIds.isEmpty() ? List.of(-1L) : reopenedIds;
        String order = " order by f.severityRank, o.occurrences desc, f.id";
        told(told, NEW_FAILURES, "first seen in this run",
                FailureOccurrence.find(firstHere + "f.firstSeenAt >= o.firstSeenAt" + order, run.session.id, run.id,
                        reopened).page(0, NAMED).list(),
                FailureOccurrence.count(firstHere.replace("join fetch", "join") + "f.firstSeenAt >= o.firstSeenAt",
                        run.session.id, run.id, reopened));
        told(told, RECURRING_FAILURES, "seen in earlier sessions and again in this run",
                FailureOccurrence.find(firstHere + "f.firstSeenAt < o.firstSeenAt" + order, run.session.id, run.id,
                        reopened).page(0, NAMED).list(),
                FailureOccurrence.count(firstHere.replace("join fetch", "join") + "f.firstSeenAt < o.firstSeenAt",
                        run.session.id, run.id, reopened));
        if (!reopenedIds.isEmpty()) {
            List<FailureOccurrence> back = FailureOccurrence.find("from FailureOccurrence o join fetch o.failure f "
                    + "where o.sessionId = ?1 and f.id in ?2" + order, run.session.id, reopenedIds).page(0, NAMED).list();
            told(told, REOPENED_FAILURES, "resolved before, failing again in this run", back, reopenedIds.size());
        }
        return new UploadStory(totals, told);
    }

    private static void told(List<Told> told, String title, String how, List<FailureOccurrence> named, long total) {
        if (total == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(total + (total == 1 ? " failure " : " failures ") + how + ":");
        lines.add("");
        for (FailureOccurrence o : named) {
            Failure failure = o.failure;
            lines.add("- [Failure #" + failure.id + "](/failures/" + failure.id + "), "
                    + failure.severity.label.toLowerCase(Locale.ROOT) + ", " + o.occurrences
                    + (o.occurrences == 1 ? " result: " : " results: ") + plain(failure.title()));
        }
        if (total > named.size()) {
            lines.add("- and " + (total - named.size()) + " more");
        }
        told.add(new Told(title, String.join("\n", lines)));
    }

    /** A failure's title as text inside markdown: its markup characters escaped. */
    static String plain(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
