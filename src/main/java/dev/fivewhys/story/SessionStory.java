package dev.fivewhys.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Query;

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
public record SessionStory(TestSession session, long runs, List<TestRun> latestRuns, List<FailureStory> failures,
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

    /**
     * Read with a fixed number of queries whatever the number of failures, analyses and fixes (PageQueriesTest). The
     * lists of ids are bound as one array each (native SQL): an HQL "in" list of a new length is translated to SQL
     * again on every view, which cost the session page more than its database time.
     */
    public static SessionStory of(TestSession session) {
        List<FailureOccurrence> seenHere = FailureOccurrence.listBySession(session.id, MOST_FAILURES);
        List<Long> failureIds = seenHere.stream().map(seen -> seen.failure.id).toList();
        // the analyses of its failures and those started from the session, in one query
        List<Analysis> analyses = byIds(Analysis.class, "select * from analysis where failure_id = any(cast(?1 as bigint[])) "
                + "or session_id = ?2 order by created_at desc, id desc", failureIds, session.id);
        Set<Long> seenIds = Set.copyOf(failureIds);
        Map<Long, List<Analysis>> analysesByFailure = analyses.stream()
                .filter(a -> a.failure != null && seenIds.contains(a.failure.id))
                .collect(Collectors.groupingBy(a -> a.failure.id));
        List<Analysis> fromSession = analyses.stream().filter(a -> startedFrom(a, session)).toList();
        Records records = Records.of(Stream.concat(analysesByFailure.values().stream().flatMap(List::stream),
                fromSession.stream()).map(a -> a.id).distinct().toList());
        Set<Long> reopenedHere = reopenedIn(session, seenHere);

        Set<Long> told = new LinkedHashSet<>();
        List<FailureStory> failures = new ArrayList<>();
        for (FailureOccurrence seen : seenHere) {
            Failure failure = seen.failure;
            List<AnalysisStory> stories = new ArrayList<>();
            for (Analysis analysis : analysesByFailure.getOrDefault(failure.id, List.of())) {
                stories.add(records.story(analysis, startedFrom(analysis, session)));
                told.add(analysis.id);
            }
            Arrival arrival = reopenedHere.contains(failure.id) ? Arrival.REOPENED
                    : seen.firstSeenHere() ? Arrival.NEW : Arrival.RECURRING;
            failures.add(new FailureStory(failure, seen, arrival, stories));
        }
        List<AnalysisStory> others = fromSession.stream().filter(a -> !told.contains(a.id))
                .map(a -> records.story(a, true)).toList();
        // fewer runs than the page lists are all of them: no count query then
        List<TestRun> latestRuns = TestRun.latestOf(session.id, LATEST_RUNS);
        long runs = latestRuns.size() < LATEST_RUNS ? latestRuns.size() : TestRun.countOf(session.id);
        return new SessionStory(session, runs, latestRuns, failures, others);
    }

    private static boolean startedFrom(Analysis analysis, TestSession session) {
        return analysis.session != null && session.id.equals(analysis.session.id);
    }

    /** The entities a native query with the ids as its first parameter (a bigint array) finds. */
    @SuppressWarnings("unchecked")
    private static <E> List<E> byIds(Class<E> type, String sql, List<Long> ids, Object... more) {
        Query query = Analysis.getEntityManager().createNativeQuery(sql, type)
                .setParameter(1, ids.toArray(Long[]::new));
        for (int i = 0; i < more.length; i++) {
            query.setParameter(i + 2, more[i]);
        }
        return query.getResultList();
    }

    /**
     * The recurring failures of the session that were reopened by one of its runs, of those it lists (its recurring
     * failures by a subquery, not a list of ids: one would be translated again on every view).
     */
    private static Set<Long> reopenedIn(TestSession session, List<FailureOccurrence> seenHere) {
        Set<Long> recurring = seenHere.stream().filter(seen -> seen.failure.recurring).map(seen -> seen.failure.id)
                .collect(Collectors.toSet());
        if (recurring.isEmpty()) {
            return Set.of();
        }
        return FailureEvent.getEntityManager().createQuery("select distinct e.failure.id from FailureEvent e "
                + "where e.kind = ?1 and e.session.id = ?2 and e.failure.id in (select o.failureId from FailureOccurrence o "
                + "join o.failure f where o.sessionId = ?2 and f.recurring = true)", Long.class)
                .setParameter(1, FailureEvent.REOPENED).setParameter(2, session.id).getResultStream()
                .filter(recurring::contains).collect(Collectors.toSet());
    }

    /** The fixes of some analyses with each fix's latest audit and stability validation, read in three queries. */
    private record Records(Map<Long, List<Fix>> fixesByAnalysis, Map<Long, ComplianceAudit> latestAudit,
            Map<Long, StabilityValidation> latestStability) {

        static Records of(List<Long> analysisIds) {
            if (analysisIds.isEmpty()) {
                return new Records(Map.of(), Map.of(), Map.of());
            }
            List<Fix> fixes = byIds(Fix.class, "select * from fix where analysis_id = any(cast(?1 as bigint[])) "
                    + "order by recorded_at, id", analysisIds);
            List<Long> fixIds = fixes.stream().map(fix -> fix.id).toList();
            Map<Long, ComplianceAudit> audits = new HashMap<>();
            Map<Long, StabilityValidation> stability = new HashMap<>();
            if (!fixIds.isEmpty()) {
                byIds(ComplianceAudit.class, "select * from compliance_audit where fix_id = any(cast(?1 as bigint[])) "
                        + "order by recorded_at desc, id desc", fixIds)
                        .forEach(audit -> audits.putIfAbsent(audit.fix.id, audit));
                byIds(StabilityValidation.class, "select * from stability_validation where fix_id = any(cast(?1 as "
                        + "bigint[])) order by recorded_at desc, id desc", fixIds)
                        .forEach(validation -> stability.putIfAbsent(validation.fix.id, validation));
            }
            return new Records(fixes.stream().collect(Collectors.groupingBy(fix -> fix.analysis.id)), audits, stability);
        }

        AnalysisStory story(Analysis analysis, boolean fromSession) {
            return new AnalysisStory(analysis, fromSession, fixesByAnalysis.getOrDefault(analysis.id, List.of()).stream()
                    .map(fix -> new FixStory(fix, latestAudit.get(fix.id), latestStability.get(fix.id),
                            GoNoGo.of(latestAudit.get(fix.id), latestStability.get(fix.id))))
                    .toList());
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
