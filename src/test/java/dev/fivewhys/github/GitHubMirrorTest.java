package dev.fivewhys.github;

import static dev.fivewhys.github.GitHubFixtures.failure;
import static dev.fivewhys.github.GitHubFixtures.issueLink;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.fix.PullRequestEvents;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import dev.fivewhys.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Changes to the records GitHub mirrors queue their failure's sync, whichever path made them. */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class GitHubMirrorTest {

    @Inject
    SyncWorker worker;
    @Inject
    SyncJobs jobs;

    GitHubStub stub = GitHubStubResource.stub();

    @BeforeEach
    void clean() {
        stub.removeFaults();
        GitHubFixtures.cleanQueue();
        Fixtures.user("engineer", dev.fivewhys.security.Role.ENGINEER);
    }

    @Test
    void anAnalysisOfAFailureOnGitHubIsQueuedAndLandsAsOneComment() {
        long id = failure("analysis mirrored " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(id));
        worker.drain(10);
        int issue = issueLink(id).number;

        given().auth().preemptive().basic("engineer", "engineer-password").contentType("application/json")
                .body(Map.of("failureId", id, "problemStatement", "WebSocket messages fail with 1011",
                        "whys", List.of(Map.of("answer", "Function moved during database_manager SSOT consolidation")),
                        "rootCause", "SSOT database consolidation broke WebSocket import dependencies"))
                .post("/api/analyses").then().statusCode(201);
        assertEquals(SyncJob.State.PENDING, GitHubFixtures.latestJob(id).state, "saving the analysis queued the sync");

        stub.forgetCalls();
        worker.drain(10);
        GitHubStub.Call comment = stub.onlyCall("POST", "/repos/hub4j-test-org/GHIssueTest/issues/" + issue + "/comments");
        String body = comment.json().path("body").asText();
        assertTrue(body.startsWith("<!-- fivewhys:analysis:"), body);
        assertTrue(body.contains("**Why #1:** Function moved during database_manager SSOT consolidation"), body);
    }

    @Test
    void savingAFixItsAuditOrItsStabilityValidationQueuesTheFailuresSyncInTheSameTransaction() {
        long id = failure("fix mirrored " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(id));
        worker.drain(10);
        long analysis = post("/api/analyses", Map.of("failureId", id, "problemStatement", "Import broke after SSOT"));
        worker.drain(10);

        long fix = post("/api/fixes", Map.of("analysisId", analysis, "summary", "Restore the import"));
        assertEquals(SyncJob.State.PENDING, GitHubFixtures.latestJob(id).state, "saving the fix queued the sync");
        worker.drain(10);
        post("/api/audits", Map.of("fixId", fix, "kind", "SSOT", "recommendation", "APPROVED"));
        assertEquals(SyncJob.State.PENDING, GitHubFixtures.latestJob(id).state, "saving the audit queued the sync");
        worker.drain(10);
        post("/api/stability-validations", Map.of("fixId", fix, "riskLevel", "LOW", "readiness", "GO"));
        assertEquals(SyncJob.State.PENDING, GitHubFixtures.latestJob(id).state, "saving the validation queued the sync");
        worker.drain(10);

        QuarkusTransaction.requiringNew().run(() -> ((Fix) Fix.findById(fix)).summary = "Restore the moved import");
        assertEquals(SyncJob.State.PENDING, GitHubFixtures.latestJob(id).state, "changing the fix alone queued the sync");
        worker.drain(10);

        long before = GitHubFixtures.latestJob(id).id;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Fix changed = Fix.findById(fix);
                changed.summary = "Restore the import, then roll back";
                Fix.flush();
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the change and its outbox row go together
        }
        assertEquals(before, GitHubFixtures.latestJob(id).id, "a rolled-back change leaves no job");
    }

    private static long post(String path, Map<String, Object> body) {
        return given().auth().preemptive().basic("engineer", "engineer-password").contentType("application/json")
                .body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aFailureBelowTheProjectsThresholdStaysOffGitHubUntilSent() {
        long low = failure("quiet failure " + GitHubFixtures.uniqueWord(), Severity.LOW);
        QuarkusTransaction.requiringNew().run(() -> {
            Project project = Project.findBySlug(GitHubFixtures.PROJECT).orElseThrow();
            project.githubAutoSeverity = Severity.HIGH;
            Failure failure = Failure.findById(low);
            failure.status = FailureStatus.ANALYSING;
        });
        assertEquals(null, GitHubFixtures.latestJob(low), "a low failure is not sent by itself");

        long high = failure("loud failure " + GitHubFixtures.uniqueWord(), Severity.CRITICAL);
        QuarkusTransaction.requiringNew().run(() -> ((Failure) Failure.findById(high)).status = FailureStatus.ANALYSING);
        assertEquals(SyncJob.State.PENDING, GitHubFixtures.latestJob(high).state, "critical is at or above HIGH");
        QuarkusTransaction.requiringNew()
                .run(() -> Project.findBySlug(GitHubFixtures.PROJECT).orElseThrow().githubAutoSeverity = null);
    }

    @Test
    void aPullRequestThatFixesTheIssueBecomesAProposedFixAndItsMergeMergesIt() {
        long id = failure("pull request " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(id));
        worker.drain(10);
        int issue = issueLink(id).number;
        QuarkusTransaction.requiringNew().run(() -> {
            referenced.fire(new PullRequestEvents.Referenced(id, GitHubStub.TEST_REPO, 156,
                    "https://github.com/" + GitHubStub.TEST_REPO + "/pull/156", "Database import fix", true));
            merged.fire(new PullRequestEvents.Merged(GitHubStub.TEST_REPO, 156,
                    "https://github.com/" + GitHubStub.TEST_REPO + "/pull/156", "8365f3012"));
        });
        Fix fix = QuarkusTransaction.requiringNew().call(() -> Fix.<Fix> find("analysis.failure.id = ?1", id).firstResult());
        assertEquals(156, fix.pullRequestNumber);
        assertEquals(FixStatus.MERGED, fix.status);
        assertEquals("8365f3012", fix.commitSha);
        assertTrue(issue > 0);
    }

    @Inject
    jakarta.enterprise.event.Event<PullRequestEvents.Referenced> referenced;
    @Inject
    jakarta.enterprise.event.Event<PullRequestEvents.Merged> merged;
}
