package dev.fivewhys.logbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.fivewhys.analysis.RootCauseCategory;
import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.logbook.ImportPlan.AnalysisPlan;
import dev.fivewhys.logbook.ImportPlan.EntryValues;
import dev.fivewhys.logbook.parse.ParsedPhase;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.logbook.parse.ParsedSuite;
import dev.fivewhys.logbook.parse.ParsedTimelineEntry;
import dev.fivewhys.session.CriterionContent;
import dev.fivewhys.session.CriterionState;
import dev.fivewhys.session.PhaseContent;
import dev.fivewhys.session.SessionContent;

/** Decides what records a parsed log becomes: {@link ImportPlan}. Pure: nothing is read from or written to the database. */
public final class LogPlanner {

    /**
     * What the plan depends on besides the log.
     *
     * @param zone the team's time zone, in which the log's times are read
     * @param repository the project's GitHub repository, or null
     * @param categories the app's root-cause categories by their names in lower case
     * @param now the import's time, for entries of a log that gives no date at all
     */
    public record Context(ZoneId zone, String repository, Map<String, RootCauseCategory> categories, Instant now) {

        /** How an import reads logs now: in the team's zone, with the app's root-cause categories. */
        public static Context of(String repository, Instant now, FiveWhysConfig config) {
            Map<String, RootCauseCategory> categories = RootCauseCategory.<RootCauseCategory> listAll().stream()
                    .collect(Collectors.toMap(c -> c.name.toLowerCase(Locale.ROOT), c -> c));
            return new Context(config.timeZone(), repository, categories, now);
        }
    }

    private LogPlanner() {
    }

    public static ImportPlan plan(ParsedSessionLog log, Context context) {
        List<String> notes = new ArrayList<>();
        SessionContent session = SessionFields.of(log, context.zone());
        LocalDateTime start = EntryTimes.start(log.header());
        List<Instant> times = EntryTimes.of(log.timeline(), start, context.zone(),
                LocalDate.ofInstant(context.now(), context.zone()));
        ResultPlanner results = new ResultPlanner(log, times, context.repository(), context.categories(), notes);
        List<AnalysisPlan> analyses = results.analyses();
        return new ImportPlan(session, phases(log), criteria(log), entries(log, session, times, context), analyses,
                results.links(), NamedFailures.of(log.results()), notes);
    }

    private static List<PhaseContent> phases(ParsedSessionLog log) {
        List<PhaseContent> phases = new ArrayList<>();
        for (ParsedPhase phase : log.plan().phases()) {
            List<String> description = new ArrayList<>();
            if (phase.expected() != null) {
                description.add(phase.expected().text());
            }
            if (phase.description() != null) {
                description.add(phase.description());
            }
            List<PhaseContent.Suite> suites = phase.suites().stream().map(LogPlanner::suite).toList();
            phases.add(new PhaseContent(phase.name(), phase.priority(),
                    description.isEmpty() ? null : String.join("\n", description), suites));
        }
        return phases;
    }

    /** An exact count is the suite's expected count; a range or "40+" stays in its description as written. */
    private static PhaseContent.Suite suite(ParsedSuite suite) {
        String description = RecordValues.blankToNull(suite.description());
        Integer expected = null;
        if (suite.expected() != null && suite.expected().exact()) {
            expected = suite.expected().min();
        } else if (suite.expected() != null) {
            String count = "(" + suite.expected().text() + ")";
            description = description == null ? count : description + " " + count;
        }
        return new PhaseContent.Suite(suite.path(), expected, description);
    }

    private static List<CriterionContent> criteria(ParsedSessionLog log) {
        return log.plan().criteria().stream().map(c -> new CriterionContent(
                c.text().isBlank() ? c.name() : c.name() + ": " + c.text(),
                c.met() == null ? CriterionState.OPEN : c.met() ? CriterionState.MET : CriterionState.MISSED)).toList();
    }

    /**
     * The timeline entries and the kept text of the log's own sections, in the log's order. Kept text is dated like
     * what it follows: the header, summary, plan and anything before the first entry at the session's start, anything
     * after an entry at that entry's time.
     */
    private static List<EntryValues> entries(ParsedSessionLog log, SessionContent session, List<Instant> times,
            Context context) {
        Set<String> held = new HashSet<>(ReportLines.header(session, context.zone()).values());
        String impact = ReportLines.impact(session.impact());
        if (impact != null) {
            held.add(impact);
        }
        Instant first = times.isEmpty() ? null : times.get(0);
        Instant start = session.startedAt() == null ? (first != null ? first : context.now())
                : first != null && first.isBefore(session.startedAt()) ? first : session.startedAt();
        record Placed(int line, EntryValues entry) {
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < log.timeline().size(); i++) {
            ParsedTimelineEntry entry = log.timeline().get(i);
            placed.add(new Placed(entry.source().firstLine(), new EntryValues(times.get(i), entry.title(), entry.body(),
                    null)));
        }
        for (KeptText.Group group : KeptText.groups(log, held)) {
            Instant at = start;
            for (int i = 0; i < log.timeline().size(); i++) {
                boolean pinned = group.section() == LogSection.HEADER || group.section() == LogSection.SUMMARY
                        || group.section() == LogSection.PLAN;
                if (!pinned && log.timeline().get(i).source().firstLine() < group.line()) {
                    at = times.get(i);
                }
            }
            placed.add(new Placed(group.line(), new EntryValues(at, group.title(), group.body(), group.section())));
        }
        placed.sort(Comparator.comparingInt(Placed::line));
        return placed.stream().map(Placed::entry).toList();
    }
}
