package dev.fivewhys.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisRevision;
import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.analysis.AnalysisWhy;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.result.ResultPartitions;
import dev.fivewhys.result.ResultsIngested;
import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Results decide whether a fix worked: a later session whose run passes every test of the fix's failure verifies
 * it; the failure coming back undoes that. The upload itself is another feature; here its event is fired by hand.
 */
@QuarkusTest
class FixVerificationTest {

    private static final String FLOW = "tests.e2e.staging.TestMessageFlow#test_real_message_flow";
    private static final String EVENTS = "tests.e2e.staging.TestWebsocketEvents#test_agent_events";

    @Inject
    Event<ResultsIngested> results;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void aLaterSessionPassingTheFailuresTestsVerifiesTheFixTheAnalysisAndResolvesTheFailure() {
        Ids ids = mergedFix("verify-pass");
        long session = AnalysisFixtures.session("verify-pass", "Rerun after PR #156", Instant.now().plusSeconds(60));

        upload(session, List.of(), List.of(), FLOW + "=PASSED", EVENTS + "=PASSED", "tests.Other#unrelated=FAILED");

        QuarkusTransaction.requiringNew().run(() -> {
            Fix fix = Fix.findById(ids.fix());
            assertEquals(FixStatus.VERIFIED, fix.status);
            assertEquals(session, fix.verifiedSession.id);
            assertTrue(fix.verificationNote.contains("all 2 of the failure's tests passed"), fix.verificationNote);
            Analysis analysis = Analysis.findById(ids.analysis());
            assertEquals(AnalysisStatus.VERIFIED, analysis.status);
            assertTrue(AnalysisRevision.historyOf(analysis).get(0).summary.contains("Status: Complete → Verified"));
            Failure failure = Failure.findById(ids.failure());
            assertEquals(FailureStatus.RESOLVED, failure.status);
            FailureEvent last = FailureEvent.historyOf(failure).get(FailureEvent.historyOf(failure).size() - 1);
            assertEquals(FailureEvent.RESOLVED, last.kind);
            assertEquals(session, last.session.id);
        });
        String page = WebClient.loginAs("manager").get("/fixes/" + ids.fix()).asString();
        assertTrue(page.contains("status-VERIFIED\">Verified</span>"));
        assertTrue(page.contains("passed in session “Rerun after PR #156”"));
    }

    @Test
    void nothingIsVerifiedByAnEarlierSessionAFailingOrMissingTestOrAFixNotYetMerged() {
        Ids ids = mergedFix("verify-not");
        long earlier = AnalysisFixtures.session("verify-not", "Before the fix", Instant.now().minusSeconds(3600));
        upload(earlier, List.of(), List.of(), FLOW + "=PASSED", EVENTS + "=PASSED");
        assertEquals(FixStatus.MERGED, status(ids.fix()), "the session started before the fix was recorded");

        long later = AnalysisFixtures.session("verify-not", "Later", Instant.now().plusSeconds(60));
        upload(later, List.of(), List.of(), FLOW + "=PASSED", EVENTS + "=FAILED");
        assertEquals(FixStatus.MERGED, status(ids.fix()), "one of its tests still fails");
        upload(later, List.of(), List.of(), FLOW + "=PASSED", FLOW + "=ERRORED", EVENTS + "=PASSED");
        assertEquals(FixStatus.MERGED, status(ids.fix()), "a rerun of it errored");
        upload(later, List.of(), List.of(), FLOW + "=PASSED", EVENTS + "=SKIPPED");
        assertEquals(FixStatus.MERGED, status(ids.fix()), "one of its tests did not run");
        upload(later, List.of(ids.failure()), List.of(), FLOW + "=PASSED", EVENTS + "=PASSED");
        assertEquals(FixStatus.MERGED, status(ids.fix()), "the failure itself was seen again in this run");

        QuarkusTransaction.requiringNew().run(() -> ((Fix) Fix.findById(ids.fix())).status = FixStatus.PROPOSED);
        upload(later, List.of(), List.of(), FLOW + "=PASSED", EVENTS + "=PASSED");
        assertEquals(FixStatus.PROPOSED, status(ids.fix()), "a proposed fix is not what ran");
    }

    @Test
    void aFailureComingBackReopensTheAnalysisAndTheFixIsNoLongerVerified() {
        Ids ids = mergedFix("verify-recur");
        long passing = AnalysisFixtures.session("verify-recur", "Green", Instant.now().plusSeconds(60));
        upload(passing, List.of(), List.of(), FLOW + "=PASSED", EVENTS + "=PASSED");
        assertEquals(FixStatus.VERIFIED, status(ids.fix()));

        long failing = AnalysisFixtures.session("verify-recur", "Red again", Instant.now().plusSeconds(120));
        // What the upload does before it tells everyone: the resolved failure is open again.
        QuarkusTransaction.requiringNew().run(() -> ((Failure) Failure.findById(ids.failure())).reopen());
        upload(failing, List.of(ids.failure()), List.of(ids.failure()), FLOW + "=FAILED", EVENTS + "=PASSED");

        QuarkusTransaction.requiringNew().run(() -> {
            Fix fix = Fix.findById(ids.fix());
            assertEquals(FixStatus.DEPLOYED, fix.status);
            assertNull(fix.verifiedAt);
            assertTrue(fix.verificationNote.startsWith("No longer verified: the failure came back in session “Red again”"),
                    fix.verificationNote);
            Analysis analysis = Analysis.findById(ids.analysis());
            assertEquals(AnalysisStatus.DRAFT, analysis.status);
            String note = AnalysisRevision.historyOf(analysis).get(0).summary;
            assertTrue(note.contains("Status: Verified → Draft"), note);
            assertTrue(note.contains("Reopened: The failure came back in session “Red again”"), note);
        });
        String page = WebClient.loginAs("manager").get("/analyses/" + ids.analysis()).asString();
        assertTrue(page.contains("Reopened: The failure came back in session"));
    }

    private record Ids(long failure, long analysis, long fix) {
    }

    /** A complete analysis of a failure hitting two tests, with a merged fix recorded now. */
    private static Ids mergedFix(String slug) {
        long failureId = AnalysisFixtures.failure(slug, "ConnectionClosedError", "received 1011 (internal error)", FLOW,
                EVENTS);
        return QuarkusTransaction.requiringNew().call(() -> {
            Failure failure = Failure.findById(failureId);
            failure.status = FailureStatus.FIX_IN_PROGRESS;
            Analysis analysis = new Analysis();
            analysis.project = failure.project;
            analysis.failure = failure;
            analysis.problemStatement = "1011 on every message";
            analysis.rootCause = "A moved import";
            analysis.status = AnalysisStatus.COMPLETE;
            analysis.createdAt = Instant.now();
            analysis.updatedAt = analysis.createdAt;
            AnalysisWhy why = new AnalysisWhy();
            why.analysis = analysis;
            why.position = 1;
            why.answer = "The import moved";
            analysis.whys.add(why);
            analysis.persist();
            Fix fix = new Fix();
            fix.analysis = analysis;
            fix.summary = "Import from the new place";
            fix.status = FixStatus.MERGED;
            fix.recordedAt = Instant.now();
            fix.updatedAt = fix.recordedAt;
            fix.persist();
            return new Ids(failureId, analysis.id, fix.id);
        });
    }

    private void upload(long session, List<Long> touched, List<Long> reopened, String... outcomes) {
        QuarkusTransaction.requiringNew().run(() -> {
            long run = AnalysisFixtures.insertRun(session, outcomes);
            // rows written without a month take the month they are written in
            results.fire(new ResultsIngested(session, run, ResultPartitions.monthOf(Instant.now()), touched, reopened));
        });
    }

    private static FixStatus status(long fixId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Fix) Fix.findById(fixId)).status);
    }
}
