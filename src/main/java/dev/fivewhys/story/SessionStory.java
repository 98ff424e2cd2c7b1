package dev.fivewhys.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.AuditScore;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.failure.SeenFailure;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.fix.PullRequestReference;
import dev.fivewhys.project.Severity;
import dev.fivewhys.result.RunLine;
import dev.fivewhys.session.SessionSheet;
import dev.fivewhys.session.TestSession;

/**
 * Everything done about what broke in a session: each failure seen in it with its analyses, their fixes and each fix's
 * latest audit, stability validation and go/no-go, whether an analysis was started from the session or from the
 * failure; and the analyses started from the session about no failure seen in it. Read in the caller's transaction.
 */
public record SessionStory(long sessionId, List<SessionSheet.Criterion> criteria, long runs, List<RunLine> latestRuns,
        List<FailureStory> failures,
        List<AnalysisStory> analyses) {

    /** The most failures a session page lists (the worst first); the results page lists them all. */
    static final int MOST_FAILURES = 200;
    /** The runs a session page lists, the latest first. */
    static final int LATEST_RUNS = 5;

    /** How the failure came to this session: new here, seen in earlier sessions, or back after it was resolved. */
    public enum Arrival {
        NEW("New"),
        RECURRING("Recurring"),
        REOPENED("Reopened");

        public final String label;

        Arrival(String label) {
            this.label = label;
        }
    }

    /** A failure seen in the session, as its columns (no entity), with its arrival and its analyses. */
    public record FailureStory(SeenFailure failure, Arrival arrival, List<AnalysisStory> analyses) {

        public boolean isOpen() {
            return !FailureStatus.RESOLVED.name().equals(failure.status());
        }

        public Severity severity() {
            return Severity.valueOf(failure.severity());
        }
    }

    public record AnalysisStory(AnalysisHead analysis, boolean startedFromSession, List<FixStory> fixes) {

        /** "started from this session" or "started from the failure". */
        public String origin() {
            return startedFromSession ? "started from this session" : "started from the failure";
        }
    }

    public record FixStory(FixHead fix, AuditHead audit, StabilityHead stability, GoNoGo.Decision decision) {

        public boolean isVerified() {
            return fix.status() == FixStatus.VERIFIED;
        }
    }

    /** The columns of an analysis the story tells. */
    public record AnalysisHead(long id, Long failureId, Long sessionId, AnalysisStatus status, String createdBy,
            String rootCause) {
    }

    /** The columns of a fix the story tells. */
    public record FixHead(long id, FixStatus status, String commitSha, String pullRequestRepository,
            Integer pullRequestNumber) {

        public PullRequestReference pullRequest() {
            return pullRequestNumber == null ? null : new PullRequestReference(pullRequestRepository, pullRequestNumber);
        }
    }

    /** A fix's latest compliance audit as the story tells it: its score, recommendation and conditions. */
    public record AuditHead(long id, String kind, AuditScore score, AuditRecommendation recommendation,
            List<String> conditions) {
    }

    /** A fix's latest stability validation as the story tells it. */
    public record StabilityHead(long id, RiskLevel riskLevel, Readiness readiness, String notes) {
    }

    /**
     * The story as a write reads it to decide the session's go/no-go: the statements the session page reads with its
     * sheet ({@link StoryTemplates.StartPart}), sent on their own, one round trip whatever the number of failures,
     * analyses and fixes.
     */
    public static SessionStory of(TestSession session) {
        return of(session.id, session.criteria.stream().map(c -> new SessionSheet.Criterion(c.text, c.state)).toList());
    }

    /** The story of the session its page shows, with everything it tells read with its sheet. */
    public static SessionStory of(SessionSheet session) {
        StoryTemplates.Start start = session.part(StoryTemplates.Start.class);
        return of(session.id(), session.criteria(), start.seen(), start.runs(), start.analyses(), start.reopened());
    }

    private static SessionStory of(long sessionId, List<SessionSheet.Criterion> criteria) {
        StoryTemplates.Start start = new StoryTemplates.StartPart().readAlone(sessionId);
        return of(sessionId, criteria, start.seen(), start.runs(), start.analyses(), start.reopened());
    }

    /**
     * The story from its parts: the failures seen (the worst first), the analyses of those and of the session, and the
     * failures a run of the session reopened (any the failures seen do not hold are left out).
     */
    private static SessionStory of(long sessionId, List<SessionSheet.Criterion> criteria, List<SeenFailure> seenHere,
            RunLine.Latest latest, List<StoryAnalyses.Told> analyses, Set<Long> reopenedHere) {
        Set<Long> seenIds = seenHere.stream().map(SeenFailure::id).collect(Collectors.toSet());
        Map<Long, List<StoryAnalyses.Told>> byFailure = new HashMap<>();
        List<StoryAnalyses.Told> fromSession = new ArrayList<>();
        for (StoryAnalyses.Told told : analyses) {
            Long failureId = told.analysis().failureId();
            if (failureId != null && seenIds.contains(failureId)) {
                byFailure.computeIfAbsent(failureId, id -> new ArrayList<>()).add(told);
            } else if (startedFrom(told, sessionId)) {
                fromSession.add(told);
            }
        }
        List<FailureStory> failures = new ArrayList<>();
        for (SeenFailure seen : seenHere) {
            List<AnalysisStory> stories = byFailure.getOrDefault(seen.id(), List.of()).stream()
                    .map(told -> story(told, startedFrom(told, sessionId))).toList();
            Arrival arrival = seen.recurring() && reopenedHere.contains(seen.id()) ? Arrival.REOPENED
                    : seen.firstSeenHere() ? Arrival.NEW : Arrival.RECURRING;
            failures.add(new FailureStory(seen, arrival, stories));
        }
        List<AnalysisStory> others = fromSession.stream().map(told -> story(told, true)).toList();
        return new SessionStory(sessionId, criteria, latest.count(), latest.runs(), failures, others);
    }

    private static AnalysisStory story(StoryAnalyses.Told told, boolean fromSession) {
        return new AnalysisStory(told.analysis(), fromSession, told.fixes());
    }

    private static boolean startedFrom(StoryAnalyses.Told told, long sessionId) {
        Long startedIn = told.analysis().sessionId();
        return startedIn != null && startedIn == sessionId;
    }

    /**
     * The failures a run of the session reopened, of its recurring ones, for the session's sheet
     * ({@link StoryTemplates.StartPart}). Parameters: {@link FailureEvent#REOPENED}, the session's id twice.
     */
    static final String REOPENED_SQL = """
            select distinct e.failure_id from failure_event e
            where e.kind = ? and e.session_id = ? and e.failure_id in (select o.failure_id from failure_occurrence o
                join failure f on f.id = o.failure_id where o.session_id = ? and f.recurring)""";

    /** The failures {@link #REOPENED_SQL} answered; closes its rows. */
    static Set<Long> reopened(ResultSet rows) throws SQLException {
        try (ResultSet row = rows) {
            Set<Long> reopened = new HashSet<>();
            while (row.next()) {
                reopened.add(row.getLong(1));
            }
            return reopened;
        }
    }

    /** The session's go/no-go, decided from this story. */
    public SessionGoNoGo.Decision goNoGo() {
        return SessionGoNoGo.of(this);
    }

    /** Every analysis the story tells, of its failures and of the session. */
    public List<AnalysisStory> allAnalyses() {
        List<AnalysisStory> all = new ArrayList<>();
        failures.forEach(f -> all.addAll(f.analyses()));
        all.addAll(analyses);
        return all;
    }
}
