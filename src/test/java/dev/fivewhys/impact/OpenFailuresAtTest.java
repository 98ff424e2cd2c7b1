package dev.fivewhys.impact;

import static dev.fivewhys.impact.ImpactTestRecords.event;
import static dev.fivewhys.impact.ImpactTestRecords.failure;
import static dev.fivewhys.impact.ImpactTestRecords.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.core.NamedQuery;
import dev.fivewhys.core.SqlValues;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The open failures now and at a moment, read from the open failures and those that changed after the moment, are
 * what one pass over every failure and every status change worked out (the statement before V16_20, kept here as the
 * oracle): for failures resolved, reopened (by a test run, on GitHub, twice at the same moment), changed in status,
 * resolved without an event, first seen late, in two projects, at every moment where something changes, a second on
 * each side of it, and long before and after, in each project; and every project's figures together are each
 * project's added up.
 */
@QuarkusTest
class OpenFailuresAtTest {

    /** The statement before V16_20: one pass over every failure with its latest status change by :at and next after. */
    private static final String ORACLE = """
            with changes as (select e.failure_id, e.occurred_at, e.id, e.kind from failure_event e
                               where e.kind in ('RESOLVED', 'REOPENED', 'STATUS_CHANGED')),
            latest as (select distinct on (failure_id) failure_id, kind from changes where occurred_at <= :at
                       order by failure_id, occurred_at desc, id desc),
            next as (select distinct on (failure_id) failure_id, kind from changes where occurred_at > :at
                     order by failure_id, occurred_at, id)
            select f.severity, count(*) filter (where f.status <> 'RESOLVED'),
                   count(*) filter (where f.first_seen_at <= :at and case
                  when latest.kind is not null then latest.kind <> 'RESOLVED'
                  when next.kind is not null then next.kind <> 'REOPENED'
                  else not (f.status = 'RESOLVED' and coalesce(f.resolved_at <= :at, true)) end) from failure f
            left join latest on latest.failure_id = f.id
            left join next on next.failure_id = f.id
            where true""";

    static final List<Instant> MOMENTS = new ArrayList<>();
    static final List<Long> PROJECTS = new ArrayList<>();

    @Inject
    FailureFigures figures;

    @BeforeAll
    static void data() {
        Project a = Fixtures.project("open-at-a");
        Project b = Fixtures.project("open-at-b");
        PROJECTS.add(a.id);
        PROJECTS.add(b.id);
        QuarkusTransaction.requiringNew().run(() -> {
            Project p = Project.findById(a.id);
            Project q = Project.findById(b.id);
            TestSession s = session(p, "S", "2025-01-01T00:00:00Z", SessionStatus.RUNNING, 1_000_000, "USD",
                    ImpactBasis.MRR);
            // open all along, and open with only a first sighting, a comment and an assignment after
            failure(p, "open", Severity.CRITICAL, "2025-01-02T00:00:00Z", FailureStatus.OPEN);
            Failure talkedAbout = failure(p, "talked about", Severity.HIGH, "2025-01-02T00:00:00Z", FailureStatus.OPEN);
            event(talkedAbout, "2025-01-02T00:00:00Z", FailureEvent.FIRST_SEEN, s);
            event(talkedAbout, "2025-02-10T00:00:00Z", FailureEvent.COMMENT, null);
            event(talkedAbout, "2025-02-11T00:00:00Z", FailureEvent.ASSIGNED, null);
            // resolved without an event: from its resolved_at, or always when it has none
            resolvedWithoutEvent(p, "no event", Severity.LOW, "2025-01-03T00:00:00Z", "2025-02-01T00:00:00Z");
            resolvedWithoutEvent(q, "no event b", Severity.MEDIUM, "2025-01-03T00:00:00Z", "2025-02-15T12:00:00Z");
            resolvedWithoutEvent(p, "no event, no time", Severity.HIGH, "2025-01-03T00:00:00Z", null);
            // resolved with an event
            Failure resolved = failure(p, "resolved", Severity.MEDIUM, "2025-01-05T00:00:00Z", FailureStatus.RESOLVED);
            resolved.resolvedAt = Instant.parse("2025-02-05T00:00:00Z");
            event(resolved, "2025-02-05T00:00:00Z", FailureEvent.RESOLVED, null);
            // resolved, then came back in a test run: open
            Failure cameBack = failure(p, "came back", Severity.CRITICAL, "2025-01-04T00:00:00Z", FailureStatus.OPEN);
            cameBack.recurring = true;
            event(cameBack, "2025-01-20T00:00:00Z", FailureEvent.RESOLVED, null);
            event(cameBack, "2025-02-20T00:00:00Z", FailureEvent.REOPENED, s);
            // resolved, reopened on GitHub, resolved again
            Failure twice = failure(q, "twice", Severity.HIGH, "2025-01-04T00:00:00Z", FailureStatus.RESOLVED);
            twice.resolvedAt = Instant.parse("2025-03-01T00:00:00Z");
            event(twice, "2025-01-25T00:00:00Z", FailureEvent.RESOLVED, null);
            event(twice, "2025-02-10T00:00:00Z", FailureEvent.REOPENED, null);
            event(twice, "2025-03-01T00:00:00Z", FailureEvent.RESOLVED, null);
            // analysed, then a fix in progress: open all along
            Failure analysed = failure(q, "analysed", Severity.LOW, "2025-01-06T00:00:00Z",
                    FailureStatus.FIX_IN_PROGRESS);
            event(analysed, "2025-02-02T00:00:00Z", FailureEvent.STATUS_CHANGED, null);
            event(analysed, "2025-02-12T00:00:00Z", FailureEvent.STATUS_CHANGED, null);
            // resolved by hand, then set back to open by hand
            Failure backToOpen = failure(p, "back to open", Severity.MEDIUM, "2025-01-06T00:00:00Z",
                    FailureStatus.ANALYSING);
            event(backToOpen, "2025-02-03T00:00:00Z", FailureEvent.RESOLVED, null);
            event(backToOpen, "2025-02-25T00:00:00Z", FailureEvent.STATUS_CHANGED, null);
            // resolved and reopened at the same moment (the later event wins), and the other way round
            Failure sameMoment = failure(p, "same moment", Severity.HIGH, "2025-01-07T00:00:00Z", FailureStatus.OPEN);
            event(sameMoment, "2025-02-14T00:00:00Z", FailureEvent.RESOLVED, null);
            event(sameMoment, "2025-02-14T00:00:00Z", FailureEvent.REOPENED, s);
            Failure sameMomentResolved = failure(q, "same moment resolved", Severity.CRITICAL, "2025-01-07T00:00:00Z",
                    FailureStatus.RESOLVED);
            sameMomentResolved.resolvedAt = Instant.parse("2025-02-14T00:00:00Z");
            event(sameMomentResolved, "2025-02-14T00:00:00Z", FailureEvent.REOPENED, null);
            event(sameMomentResolved, "2025-02-14T00:00:00Z", FailureEvent.RESOLVED, null);
            // first seen late, then resolved at the moment it was first seen, or later
            failure(q, "late", Severity.CRITICAL, "2025-02-18T00:00:00Z", FailureStatus.OPEN);
            Failure lateResolved = failure(p, "late resolved", Severity.LOW, "2025-02-18T00:00:00Z",
                    FailureStatus.RESOLVED);
            lateResolved.resolvedAt = Instant.parse("2025-02-18T00:00:00Z");
            event(lateResolved, "2025-02-18T00:00:00Z", FailureEvent.RESOLVED, null);
            Failure lateThenResolved = failure(q, "late then resolved", Severity.MEDIUM, "2025-02-19T00:00:00Z",
                    FailureStatus.RESOLVED);
            lateThenResolved.resolvedAt = Instant.parse("2025-02-27T00:00:00Z");
            event(lateThenResolved, "2025-02-27T00:00:00Z", FailureEvent.RESOLVED, null);
            // resolved late without an event, after a status change
            Failure changedThenResolved = failure(q, "changed then resolved", Severity.HIGH, "2025-01-08T00:00:00Z",
                    FailureStatus.RESOLVED);
            changedThenResolved.resolvedAt = Instant.parse("2025-02-22T00:00:00Z");
            event(changedThenResolved, "2025-02-22T00:00:00Z", FailureEvent.RESOLVED, null);
            event(changedThenResolved, "2025-01-15T00:00:00Z", FailureEvent.STATUS_CHANGED, null);
        });
        TreeSet<Instant> changes = new TreeSet<>();
        // two columns: Uploads.rows gives an array per row then
        for (Object[] row : Uploads.rows("""
                select f.first_seen_at, 0 from failure f where f.project_id in (?1, ?2)
                union select f.resolved_at, 0 from failure f where f.project_id in (?1, ?2) and f.resolved_at is not null
                union select e.occurred_at, 0 from failure_event e join failure f on f.id = e.failure_id
                where f.project_id in (?1, ?2)""", a.id, b.id)) {
            changes.add(SqlValues.instant(row[0]));
        }
        MOMENTS.add(Instant.parse("2024-06-01T00:00:00Z"));
        for (Instant change : changes) {
            MOMENTS.add(change.minusSeconds(1));
            MOMENTS.add(change);
            MOMENTS.add(change.plusSeconds(1));
            MOMENTS.add(change.plus(Duration.ofHours(12)));
        }
        MOMENTS.add(Instant.parse("2030-01-01T00:00:00Z"));
    }

    private static void resolvedWithoutEvent(Project project, String message, Severity severity, String firstSeen,
            String resolved) {
        Failure failure = failure(project, message, severity, firstSeen, FailureStatus.RESOLVED);
        failure.resolvedAt = resolved == null ? null : Instant.parse(resolved);
    }

    @Test
    void openAtEveryMomentIsWhatOnePassOverEveryFailureSaid() {
        assertTrue(MOMENTS.size() > 60, "moments: " + MOMENTS.size());
        int compared = 0;
        for (Long project : PROJECTS) {
            for (Instant at : MOMENTS) {
                assertEquals(oracle(project, at), open(project, at), "project " + project + " at " + at);
                compared++;
            }
        }
        assertEquals(2 * MOMENTS.size(), compared);
    }

    /**
     * Every project's figures together are each project's added up. Not compared with the oracle: other tests' failures
     * are in the same database, and some change status without the event the app writes with every change (a shortcut
     * of theirs), on which the two statements may differ.
     */
    @Test
    void everyProjectTogetherIsEachProjectAddedUp() {
        List<Long> projects = QuarkusTransaction.requiringNew()
                .call(() -> new NamedQuery("select id from project order by id").list(r -> r.getLong(1)));
        // every fifth moment, the last included: the database holds every other test's projects too
        for (int i = MOMENTS.size() - 1; i >= 0; i -= 5) {
            Instant at = MOMENTS.get(i);
            Map<Severity, Long> now = new EnumMap<>(Severity.class);
            Map<Severity, Long> then = new EnumMap<>(Severity.class);
            for (Long project : projects) {
                FailureFigures.Open open = open(project, at);
                open.now().forEach((severity, count) -> now.merge(severity, count, Long::sum));
                open.at().forEach((severity, count) -> then.merge(severity, count, Long::sum));
            }
            assertEquals(new FailureFigures.Open(now, then), open(null, at), "every project at " + at);
        }
    }

    private FailureFigures.Open open(Long project, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> figures.openNowAndAt(new ImpactFilter(project, 4), at));
    }

    /** The figures some moments give, so that the comparison above is not of zeros. */
    @Test
    void theDataHasOpenFailuresThatDifferBetweenNowAndThen() {
        FailureFigures.Open open = QuarkusTransaction.requiringNew()
                .call(() -> figures.openNowAndAt(new ImpactFilter(PROJECTS.get(0), 4), Instant.parse("2025-02-13T00:00:00Z")));
        // now: open, talked about, came back, back to open, same moment
        assertEquals(Map.of(Severity.CRITICAL, 2L, Severity.HIGH, 2L, Severity.MEDIUM, 1L, Severity.LOW, 0L), open.now());
        // Feb 13: open, talked about, no event (resolved Feb 1: not), resolved (Feb 5: not), came back (resolved
        // Jan 20: not), back to open (resolved Feb 3: not), same moment (open)
        assertEquals(Map.of(Severity.CRITICAL, 1L, Severity.HIGH, 2L, Severity.MEDIUM, 0L, Severity.LOW, 0L), open.at());
    }

    private static FailureFigures.Open oracle(Long project, Instant at) {
        Map<Severity, Long> now = new EnumMap<>(Severity.class);
        Map<Severity, Long> then = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            now.put(severity, 0L);
            then.put(severity, 0L);
        }
        QuarkusTransaction.requiringNew().run(() -> new NamedQuery(
                ORACLE + (project == null ? "" : " and f.project_id = :project") + " group by f.severity").set("at", at)
                .setIfPresent("project", project).list(r -> {
                    now.put(Severity.valueOf(r.getString(1)), r.getLong(2));
                    then.put(Severity.valueOf(r.getString(1)), r.getLong(3));
                    return null;
                }));
        return new FailureFigures.Open(now, then);
    }
}
