package dev.fivewhys.logbook.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.logbook.ImportPlan;
import dev.fivewhys.logbook.ImportPlan.EntryValues;
import dev.fivewhys.logbook.ImportPlan.LinkValues;
import dev.fivewhys.logbook.LogPlanner;
import dev.fivewhys.logbook.ReportLines;
import dev.fivewhys.logbook.parse.SessionLogParser;
import dev.fivewhys.session.SessionContent;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.story.SessionStory;

/**
 * Writes a session as a markdown log in the seeds' shape, which the importer reads back into the same records. The
 * report is first laid out from the session's timeline and kept text alone; reading that draft back tells which of the
 * session's fields and records it does not say yet, and only those are added, so an imported log comes out as the
 * team wrote it and a session typed in through the pages comes out whole.
 */
@ApplicationScoped
public class SessionReport {

    @Inject
    FiveWhysConfig config;
    @Inject
    Clock clock;

    public String markdown(TestSession session) {
        SessionStory story = SessionStory.of(session);
        ImportPlan stored = StoredPlan.of(session, story);
        LogPlanner.Context context = LogPlanner.Context.of(session.project.githubRepository, clock.instant(), config);
        return withComputed(write(stored, context, failureIssues(story)), ComputedReport.markdown(story, context.zone()));
    }

    /** The computed part goes first after the title and header, where the seeds give their status. */
    static String withComputed(String report, String computed) {
        int firstSection = report.indexOf("\n## ");
        return firstSection < 0 ? report + "\n" + computed
                : report.substring(0, firstSection + 1) + computed + report.substring(firstSection + 1);
    }

    /** The report of records given as values; pure, so that the layout can be tested without a database. */
    public static String write(ImportPlan stored, LogPlanner.Context context, List<LinkValues> moreLinks) {
        ReportLayout layout = new ReportLayout(stored, context.zone());
        ImportPlan said = LogPlanner.plan(new SessionLogParser().parse(layout.render(ReportLayout.Additions.none())),
                context);
        String impact = Objects.equals(said.session().impact(), stored.session().impact()) ? null
                : ReportLines.impact(stored.session().impact());
        List<RecordEntries.Entry> entries = RecordEntries.missing(stored, said, context.repository(), moreLinks,
                lastTime(stored, context.now()));
        return layout.render(new ReportLayout.Additions(header(stored.session(), said.session(), context), impact,
                entries));
    }

    /** The header lines of the values the draft does not already read as the session has them. */
    private static List<String> header(SessionContent stored, SessionContent said, LogPlanner.Context context) {
        Map<String, String> lines = ReportLines.header(stored, context.zone());
        List<String> needed = new ArrayList<>();
        lines.forEach((key, line) -> {
            boolean same = switch (key) {
                case ReportLines.STARTED -> Objects.equals(stored.startedAt(), said.startedAt());
                case ReportLines.MISSION -> Objects.equals(stored.mission(), said.mission());
                case ReportLines.STATUS -> stored.status() == said.status();
                case ReportLines.ENVIRONMENT -> Objects.equals(stored.environment(), said.environment());
                case ReportLines.TARGET -> Objects.equals(stored.target(), said.target());
                case ReportLines.PERFORMANCE_TARGET -> Objects.equals(stored.performanceTarget(), said.performanceTarget());
                default -> Objects.equals(stored.endedAt(), said.endedAt());
            };
            if (!same) {
                needed.add(line);
            }
        });
        return needed;
    }

    /** The GitHub issues of the failures the session's analyses explain. */
    private static List<LinkValues> failureIssues(SessionStory story) {
        // "failure" is the record kind the GitHub sync links a failure's issue under.
        return story.allAnalyses().stream().map(a -> a.analysis().failureId()).filter(Objects::nonNull).distinct()
                .flatMap(id -> GitHubLink.find("failure", id, GitHubLink.ISSUE).stream())
                .map(l -> new LinkValues(l.linkKind, l.repository, l.number, l.commentId, l.url)).toList();
    }

    private static Instant lastTime(ImportPlan stored, Instant now) {
        Stream<Instant> times = Stream.concat(stored.entries().stream().map(EntryValues::occurredAt),
                Stream.of(stored.session().startedAt()));
        return times.filter(Objects::nonNull).max(Instant::compareTo).orElse(now);
    }
}
