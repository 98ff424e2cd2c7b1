package dev.fivewhys.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureOccurrence;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.result.TestRun;
import dev.fivewhys.session.TestSession;

/**
 * Everything done about what broke in a session: each failure seen in it with its analyses, their fixes and each fix's
 * latest audit, stability validation and go/no-go, whether an analysis was started from the session or from the
 * failure; and the analyses started from the session about no failure seen in it. Read in the caller's transaction.
 */
public record SessionStory(TestSession session, long runs, List<FailureStory> failures, List<AnalysisStory> analyses) {

    /** The most failures a session page lists (the worst first); the results page lists them all. */
    static final int MOST_FAILURES = 200;

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

    public record FailureStory(Failure failure, FailureOccurrence seen, Arrival arrival, List<AnalysisStory> analyses) {

        public boolean isOpen() {
            return failure.status != FailureStatus.RESOLVED;
        }
    }

    public record AnalysisStory(Analysis analysis, boolean startedFromSession, List<FixStory> fixes) {

        /** "started from this session" or "started from the failure". */
        public String origin() {
            return startedFromSession ? "started from this session" : "started from the failure";
        }
    }

    public record FixStory(Fix fix, ComplianceAudit audit, StabilityValidation stability, GoNoGo.Decision decision) {

        public boolean isVerified() {
            return fix.status == FixStatus.VERIFIED;
        }
    }

    public static SessionStory of(TestSession session) {
        List<Analysis> fromSession = Analysis.listForSession(session);
        Set<Long> told = new LinkedHashSet<>();
        List<FailureStory> failures = new ArrayList<>();
        for (FailureOccurrence seen : FailureOccurrence.listBySession(session.id, MOST_FAILURES)) {
            Failure failure = seen.failure;
            List<AnalysisStory> analyses = new ArrayList<>();
            for (Analysis analysis : Analysis.listForFailure(failure)) {
                analyses.add(analysis(analysis, analysis.session == session));
                told.add(analysis.id);
            }
            failures.add(new FailureStory(failure, seen, arrival(failure, seen), analyses));
        }
        List<AnalysisStory> others = fromSession.stream().filter(a -> !told.contains(a.id)).map(a -> analysis(a, true))
                .toList();
        return new SessionStory(session, TestRun.countOf(session.id), failures, others);
    }

    private static Arrival arrival(Failure failure, FailureOccurrence seen) {
        if (failure.recurring && FailureEvent.count("failure = ?1 and kind = ?2 and session.id = ?3", failure,
                FailureEvent.REOPENED, seen.sessionId) > 0) {
            return Arrival.REOPENED;
        }
        return seen.firstSeenHere() ? Arrival.NEW : Arrival.RECURRING;
    }

    private static AnalysisStory analysis(Analysis analysis, boolean fromSession) {
        return new AnalysisStory(analysis, fromSession, Fix.listForAnalysis(analysis).stream()
                .map(fix -> new FixStory(fix, ComplianceAudit.latestFor(fix), StabilityValidation.latestFor(fix),
                        GoNoGo.of(fix)))
                .toList());
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
