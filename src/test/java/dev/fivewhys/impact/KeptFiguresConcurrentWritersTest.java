package dev.fivewhys.impact;

import static dev.fivewhys.support.TwoWriters.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.TwoWriters;
import dev.fivewhys.support.Uploads;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two transactions change what one kept figure is worked out from at the same moment: whichever commits first, the
 * figure holds both changes. Before V16_12 and V16_14 the later writer worked it out without the other's change.
 */
@QuarkusTest
class KeptFiguresConcurrentWritersTest {

    private static final String PASSED = "update test_session set status = 'PASSED', "
            + "started_at = '2025-01-01T00:00:00Z', ended_at = '2025-01-10T00:00:00Z' where id = ?";
    private static final String DECIDED = "update test_session set go_no_go = 'GO' where id = ?";
    private static final String SEEN = "insert into failure_occurrence (failure_id, session_id, occurrences, "
            + "first_seen_at, last_seen_at) values (?, ?, 1, now(), now())";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAuditAndAValidationSavedTogetherClearTheFix() throws Exception {
        long project = Fixtures.project("kept-race").id;
        long session = Fixtures.session("kept-race", "Audited").session();
        long failure = Fixtures.failure("kept-race", "kept-race-audited");
        ImpactTestRecords.seen(failure, session);
        long fix = FixAttentionKeptTest.fix(FixAttentionKeptTest.analysis(project, failure, session), "PROPOSED",
                "2025-09-10T00:00:00Z");
        assertEquals(List.of("NO_GO"), waits(fix));

        TwoWriters.race(dataSource,
                write("insert into compliance_audit (id, fix_id, kind, recommendation, recorded_at, updated_at) values "
                        + "(nextval('compliance_audit_seq'), ?, 'SSOT', 'APPROVED', '2025-09-14T00:00:00Z', now())", fix),
                write("insert into stability_validation (id, fix_id, risk_level, readiness, recorded_at, updated_at) "
                        + "values (nextval('stability_validation_seq'), ?, 'LOW', 'GO', '2025-09-15T00:00:00Z', now())",
                        fix));

        assertEquals(List.of("DEPLOY"), waits(fix), "approved and GO: ready to deploy");
        FixAttentionKeptTest.assertKept("an audit and a validation saved together");
    }

    @Test
    void aFailureSeenWhileItsSessionPassesIsNotAtRisk() throws Exception {
        long session = Fixtures.session("kept-race", "Seen, then passed").session();
        long failure = Fixtures.failure("kept-race", "kept-race-seen-first");
        TwoWriters.race(dataSource, write(SEEN, failure, session), write(PASSED, session));
        assertEquals(0, atRisk(failure), "the session passed: nothing of it at risk");
        FailureRiskKeptTest.assertKept("a failure seen while its session passes");
    }

    @Test
    void aSessionPassingWhileAFailureIsSeenInItLeavesNothingAtRisk() throws Exception {
        long session = Fixtures.session("kept-race", "Passed, then seen").session();
        long failure = Fixtures.failure("kept-race", "kept-race-passed-first");
        TwoWriters.race(dataSource, write(PASSED, session), write(SEEN, failure, session));
        assertEquals(0, atRisk(failure), "the session passed: nothing of it at risk");
        FailureRiskKeptTest.assertKept("a session passing while a failure is seen in it");
    }

    @Test
    void aSessionPassingWhileAnotherContinuesItEndsWhenItPassed() throws Exception {
        long passing = Fixtures.session("kept-race", "Passing").session();
        long continuing = Fixtures.session("kept-race", "Continuing").session();
        // without an impact of its own, so that its own span and its project's figures make nothing wait
        Uploads.execute("update test_session set impact_amount_minor = null where id = ?1", continuing);
        TwoWriters.race(dataSource, write(PASSED, passing), write(
                "update test_session set continues_session_id = ?, started_at = '2025-02-01T00:00:00Z' where id = ?",
                passing, continuing));
        assertEquals("2025-01-10 00:00:00+00",
                Uploads.rows("select to_char(closed at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS+00'), session_id "
                        + "from session_risk_span where session_id = ?1", passing).get(0)[0],
                "at risk until it passed, before the session continuing it started");
        RiskSpansKeptTest.assertKept("a session passing while another continues it");
    }

    @Test
    void anAnalysisRecordedWhileItsFailureIsSeenInASessionLeavesTheFailureOffTheListAndRanksTheAnalysis() throws Exception {
        long project = Fixtures.project("kept-race").id;
        long session = Fixtures.session("kept-race", "Seen while analysed").session();
        long failure = Fixtures.failure("kept-race", "kept-race-analysed");
        TwoWriters.race(dataSource, write("insert into analysis (id, project_id, failure_id, status, created_at, updated_at) "
                + "values (nextval('analysis_seq'), ?, ?, 'COMPLETE', now(), now())", project, failure),
                write(SEEN, failure, session));
        assertEquals(0, Uploads.number("select count(*) from failure_attention where failure_id = ?1 and waits = "
                + "'NO_ANALYSIS'", failure), "analysed: not a failure without analysis");
        AttentionKeptTest.assertKept("an analysis recorded while its failure is seen in a session");
    }

    @Test
    void aFixRecordedWhileTheSessionItsAnalysisWasStartedFromPassesTakesTheAnalysisOffTheList() throws Exception {
        long project = Fixtures.project("kept-race").id;
        long session = Fixtures.session("kept-race", "Passed while fixed").session();
        long analysis = FixAttentionKeptTest.analysis(project, null, session);
        TwoWriters.race(dataSource, write("insert into fix (id, analysis_id, summary, status, recorded_at, updated_at) values "
                + "(nextval('fix_seq'), ?, 'a fix', 'PROPOSED', now(), now())", analysis), write(PASSED, session));
        assertEquals(0, Uploads.number("select count(*) from analysis_attention where analysis_id = ?1", analysis),
                "it has a fix");
        AttentionKeptTest.assertKept("a fix recorded while the session its analysis was started from passes");
    }

    @Test
    void twoSessionsOfAProjectDecidedTogetherAreBothCountedAsNoLongerAwaiting() throws Exception {
        long first = Fixtures.session("kept-race-decided", "Decided first").session();
        long second = Fixtures.session("kept-race-decided", "Decided second").session();
        assertEquals(2, awaiting("kept-race-decided"), "never decided: both await a decision");
        TwoWriters.race(dataSource, write(DECIDED, first), write(DECIDED, second));
        assertEquals(0, awaiting("kept-race-decided"), "both decided");
        RiskSpansKeptTest.assertKept("two sessions of a project decided at once");
    }

    @Test
    void aSessionPassingWhileAnotherOfItsProjectIsCreatedCountsOnlyTheNewOne() throws Exception {
        long passing = Fixtures.session("kept-race-created", "Passing while another is created").session();
        long project = Fixtures.project("kept-race-created").id;
        TwoWriters.race(dataSource, write(PASSED, passing),
                write("insert into test_session (id, project_id, title, status, started_at, impact_amount_minor, "
                        + "impact_currency, impact_basis, created_at, updated_at) values (nextval('test_session_seq'), ?, "
                        + "'Created while another passes', 'PLANNED', '2025-09-09T23:05:00Z', 5000, 'USD', 'MRR', now(), now())",
                        project));
        assertEquals(1, awaiting("kept-race-created"), "the new one awaits a decision, the one that passed does not");
        RiskSpansKeptTest.assertKept("a session passing while another of its project is created");
    }

    /** The project's sessions with no end awaiting a decision, as kept (V16_18). */
    private static long awaiting(String project) {
        return Uploads.number("select coalesce(sum(r.awaiting), 0) from project_risk r join project p on p.id = r.project_id "
                + "where p.slug = ?1", project);
    }

    private static List<Object> waits(long fix) {
        return Uploads.rows("select waits, fix_id from fix_attention where fix_id = ?1", fix).stream().map(r -> r[0])
                .toList();
    }

    private static long atRisk(long failure) {
        return Uploads.number("select coalesce(sum(sessions), 0) from failure_risk where failure_id = ?1", failure);
    }
}
