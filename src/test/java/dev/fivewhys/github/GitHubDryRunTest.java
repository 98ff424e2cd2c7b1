package dev.fivewhys.github;

import static dev.fivewhys.github.GitHubFixtures.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.github.outbox.SyncWorker;
import dev.fivewhys.project.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With the dry-run switch on, a job records what it would send, and GitHub receives no write. */
@QuarkusTest
@TestProfile(GitHubDryRunTest.DryRun.class)
class GitHubDryRunTest {

    public static class DryRun extends GitHubProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fivewhys.github.dry-run", "true");
        }
    }

    @Inject
    SyncWorker worker;
    @Inject
    SyncJobs jobs;

    @Test
    void aDryRunRecordsTheIssueItWouldCreateAndSendsNothing() {
        GitHubStub stub = GitHubStubResource.stub();
        long id = failure("dry run " + GitHubFixtures.uniqueWord(), Severity.HIGH);
        stub.forgetCalls();
        QuarkusTransaction.requiringNew().run(() -> jobs.syncFailure(id));
        worker.drain(10);

        SyncJob job = GitHubFixtures.latestJob(id);
        assertEquals(SyncJob.State.DONE, job.state);
        assertTrue(job.dryRunOutput.startsWith("ISSUE [Five Whys] "), job.dryRunOutput);
        assertTrue(job.dryRunOutput.contains(Markers.marker("failure", id)), "the body it would send, marker included");
        assertTrue(job.dryRunOutput.contains("severity:high"), "and its labels");
        assertTrue(stub.calls().isEmpty(), "nothing reached GitHub: " + stub.calls());
        assertEquals(null, GitHubFixtures.issueLink(id), "and no link pretends otherwise");
    }
}
