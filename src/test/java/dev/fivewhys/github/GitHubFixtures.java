package dev.fivewhys.github;

import java.time.Instant;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureSignature;
import dev.fivewhys.github.outbox.FailureSync;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.github.outbox.GitHubRateLimit;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Failures of a project whose repository is the stub's, and the sync requests for them. */
final class GitHubFixtures {

    static final String PROJECT = "gh-sync";

    private GitHubFixtures() {
    }

    private static int words;

    /** A word no two calls share and the signature does not mask (it masks numbers and ids). */
    static synchronized String uniqueWord() {
        StringBuilder word = new StringBuilder();
        for (int n = ++words; n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }

    static long failure(String message, Severity severity) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Project project = Project.findBySlug(PROJECT).orElseGet(() -> {
                Project p = new Project();
                p.name = "GitHub sync";
                p.slug = PROJECT;
                p.githubRepository = GitHubStub.TEST_REPO;
                p.defaultLabels = "e2e, claude-code-generated-issue";
                p.createdAt = Instant.now();
                p.persist();
                return p;
            });
            FailureSignature signature = FailureSignature.of("websockets.exceptions.ConnectionClosedError", message);
            Failure failure = new Failure();
            failure.project = project;
            failure.signatureHash = signature.hash();
            failure.signature = signature.text();
            failure.failureType = signature.failureType();
            failure.sampleMessage = message;
            failure.firstSeenAt = Instant.parse("2025-09-09T23:10:00Z");
            failure.lastSeenAt = Instant.parse("2025-09-10T09:00:00Z");
            failure.occurrences = 12;
            failure.affectedTests = 2;
            failure.severity = severity;
            failure.persistAndFlush();
            Failure.getEntityManager().createNativeQuery("""
                    insert into failure_test (failure_id, test_key, occurrences, last_seen_at) values
                    (?1, 'tests.e2e.staging.test_1_websocket_events_staging#test_message_flow', 7, now()),
                    (?1, 'tests.e2e.staging.test_2_message_flow_staging#test_agent_reply', 5, now())
                    """).setParameter(1, failure.id).executeUpdate();
            return failure.id;
        });
    }

    static void cancelPendingJobs() {
        QuarkusTransaction.requiringNew().run(() -> {
            SyncJob.update("state = ?1 where state = ?2", SyncJob.State.CANCELLED, SyncJob.State.PENDING);
            GitHubRateLimit.deleteAll();
        });
    }

    static SyncJob latestJob(long failureId) {
        return QuarkusTransaction.requiringNew().call(() -> SyncJob
                .<SyncJob> find("targetId = ?1 order by id desc", failureId).firstResult());
    }

    static GitHubLink issueLink(long failureId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> GitHubLink.find(FailureSync.RECORD, failureId, GitHubLink.ISSUE).orElse(null));
    }

    /** Makes a waiting job due now, as if its backoff had passed. */
    static void makeDue(long jobId) {
        QuarkusTransaction.requiringNew().run(() -> {
            SyncJob.update("nextAttemptAt = ?1 where id = ?2", Instant.now().minusSeconds(1), jobId);
            GitHubRateLimit.deleteAll();
        });
    }
}
