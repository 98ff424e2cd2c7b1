package dev.fivewhys.github;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.core.SqlValues;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureSignature;
import dev.fivewhys.github.client.GatewaySettings;
import dev.fivewhys.github.client.Markers;
import dev.fivewhys.github.outbox.FailureSync;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.github.outbox.GitHubToken;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobs;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import io.quarkus.arc.Arc;
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

    /** Links the failure to an issue made elsewhere (a repository the stub does not play), replacing its link. */
    static void linkIssue(long failureId, String repository, int number) {
        QuarkusTransaction.requiringNew().run(() -> {
            GitHubLink.delete("repository = ?1 and number = ?2", repository, number);
            GitHubLink link = new GitHubLink();
            link.recordKind = FailureSync.RECORD;
            link.recordId = failureId;
            link.linkKind = GitHubLink.ISSUE;
            link.repository = repository;
            link.number = number;
            link.url = "https://github.com/" + repository + "/issues/" + number;
            link.state = "open";
            link.lastSyncedAt = Instant.now();
            link.persist();
        });
    }

    /** {@code count} new failures, each with a sync job queued. */
    static List<Long> queued(int count, String what) {
        List<Long> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(failure(what + " " + uniqueWord(), Severity.HIGH));
        }
        SyncJobs jobs = Arc.container().instance(SyncJobs.class).get();
        QuarkusTransaction.requiringNew().run(() -> failures.forEach(jobs::syncFailure));
        return failures;
    }

    /** A clean start for the worker: no job waiting or being sent, no hold or pause on the token. */
    static void cleanQueue() {
        QuarkusTransaction.requiringNew().run(() -> {
            SyncJob.update("state = ?1 where state in ?2", SyncJob.State.CANCELLED,
                    List.of(SyncJob.State.PENDING, SyncJob.State.SENDING, SyncJob.State.FAILED));
            GitHubToken.update("heldUntil = null, holdReason = null, failedProbes = 0, failingSince = null, "
                    + "suspectJob = null, pausedAt = null, pausedReason = null");
        });
    }

    /** The failure's latest job (a job of another kind, e.g. a follow-up's, may have the same target id). */
    static SyncJob latestJob(long failureId) {
        return QuarkusTransaction.requiringNew().call(() -> SyncJob
                .<SyncJob> find("kind = ?1 and targetId = ?2 order by id desc", SyncJobs.FAILURE, failureId)
                .firstResult());
    }

    static GitHubLink issueLink(long failureId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> GitHubLink.find(FailureSync.RECORD, failureId, GitHubLink.ISSUE).orElse(null));
    }

    /** The worker's state for the test token. */
    static GitHubToken token() {
        String key = GatewaySettings.of(GitHubStubResource.stub().baseUrl(), GitHubStubResource.TOKEN).tokenKey();
        return QuarkusTransaction.requiringNew().call(() -> GitHubToken.of(key).orElseThrow());
    }

    /** How many issues at the stub carry the failure's marker: one, or a duplicate was made. */
    static int issuesCarrying(long failureId) {
        String marker = Markers.marker(FailureSync.RECORD, failureId);
        return (int) given().baseUri(GitHubStubResource.stub().baseUrl()).queryParam("state", "all")
                .queryParam("per_page", 100).get("/repos/" + GitHubStub.TEST_REPO + "/issues").jsonPath()
                .getList("body", String.class).stream().filter(body -> body != null && body.contains(marker)).count();
    }

    /** When the writes sent with a token since {@code since} went out, by the pacer's record, oldest first. */
    static List<Instant> writesSentSince(String tokenKey, Instant since) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = GitHubToken.getEntityManager()
                    .createNativeQuery(
                            "select sent_at from github_write where token_key = ?1 and sent_at >= ?2 order by sent_at")
                    .setParameter(1, tokenKey).setParameter(2, java.sql.Timestamp.from(since)).getResultList();
            return rows.stream().map(SqlValues::instant).toList();
        });
    }

    /** Makes a waiting job due now, and lifts any hold on the token, as if the waits had passed. */
    static void makeDue(long jobId) {
        QuarkusTransaction.requiringNew().run(() -> {
            SyncJob.update("nextAttemptAt = ?1 where id = ?2", Instant.EPOCH, jobId);
            GitHubToken.update("heldUntil = null, failedProbes = 0, failingSince = null, suspectJob = null");
        });
    }
}
