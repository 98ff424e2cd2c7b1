package dev.fivewhys.github;

import static dev.fivewhys.github.GitHubFixtures.issueLink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fivewhys.core.Sleeper;
import dev.fivewhys.github.client.ConfiguredGateway;
import dev.fivewhys.github.client.GitHubConfig;
import dev.fivewhys.github.outbox.GitHubToken;
import dev.fivewhys.github.outbox.SharedWritePacer;
import dev.fivewhys.github.outbox.SyncJob;
import dev.fivewhys.github.outbox.SyncJobKind;
import dev.fivewhys.github.outbox.SyncWorker;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The write pace is kept in PostgreSQL per token and measured when a request leaves, so it holds across copies of
 * the app, and its waits hold no transaction. These tests wait for real, and measure at the stub of GitHub.
 */
@QuarkusTest
@TestProfile(GitHubProfile.class)
class GitHubPacingTest {

    @Inject
    SyncWorker worker;
    @Inject
    TestTime time;
    @Inject
    ConfiguredGateway configured;
    @Inject
    TransactionManager transactions;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    Sleeper sleeper;
    @Inject
    GitHubConfig config;
    @Inject
    Instance<SyncJobKind> kinds;

    GitHubStub stub = GitHubStubResource.stub();

    @BeforeEach
    void clean() {
        stub.removeFaults();
        GitHubFixtures.cleanQueue();
        time.waitForReal(true);
    }

    @AfterEach
    void fakeTimeAgain() {
        time.waitForReal(false);
    }

    @Test
    void twoCopiesOfTheAppOnOneDatabaseKeepASecondBetweenWritesAtGitHub() throws Exception {
        List<Long> failures = GitHubFixtures.queued(6, "two workers");
        stub.forgetCalls();

        // A second copy of the app: its own worker, gateway (HTTP client, GitHub library) and pacer, sharing only the
        // database with the first.
        SyncWorker secondCopy = new SyncWorker(clock,
                new ConfiguredGateway(config, clock, new SharedWritePacer(dataSource, transactions, clock, sleeper)), config,
                kinds);
        ExecutorService copies = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = copies.submit(() -> worker.drain(100));
            Future<Integer> second = copies.submit(() -> secondCopy.drain(100));
            int a = first.get(2, TimeUnit.MINUTES);
            int b = second.get(2, TimeUnit.MINUTES);
            assertEquals(6, a + b);
            assertTrue(a > 0 && b > 0, "both sent: " + a + " and " + b);
        } finally {
            copies.shutdownNow();
        }

        List<Instant> writes = new ArrayList<>(stub.arrivals("POST", ".*"));
        writes.addAll(stub.arrivals("PATCH", ".*"));
        writes.sort(null);
        assertTrue(writes.size() >= 6, "one issue per job at least: " + writes);
        for (int i = 1; i < writes.size(); i++) {
            Duration gap = Duration.between(writes.get(i - 1), writes.get(i));
            assertTrue(gap.compareTo(Duration.ofSeconds(1)) >= 0, "writes " + gap.toMillis() + " ms apart at GitHub");
        }
        for (long id : failures) {
            assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(id).state);
            assertEquals(1, GitHubFixtures.issuesCarrying(id), "no job sent twice");
        }
    }

    @Test
    void thePacerNeverWaitsInsideATransactionEvenOneThatTimesOutSoonerThanTheWait() throws Exception {
        long id = GitHubFixtures.queued(1, "paced").get(0);
        Duration took;
        transactions.setTransactionTimeout(1);
        try {
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                GitHubToken.count();
                sleep(Duration.ofMillis(1500));
            }), "on this thread, a transaction open across such a wait is aborted");

            // Another copy of the app wrote a second from now: this worker's write must wait about two seconds.
            String token = configured.tokenKey().orElseThrow();
            Timestamp otherWrite = Timestamp.from(time.now().plusSeconds(1));
            QuarkusTransaction.requiringNew().run(() -> {
                GitHubToken.getEntityManager()
                        .createNativeQuery("update github_token set last_write_at = ?2 where token_key = ?1")
                        .setParameter(1, token).setParameter(2, otherWrite).executeUpdate();
                GitHubToken.getEntityManager()
                        .createNativeQuery("insert into github_write (token_key, sent_at) values (?1, ?2)")
                        .setParameter(1, token).setParameter(2, otherWrite).executeUpdate();
            });
            long started = System.nanoTime();
            worker.drain(10);
            took = Duration.ofNanos(System.nanoTime() - started);
        } finally {
            transactions.setTransactionTimeout(0);
        }

        assertTrue(took.compareTo(Duration.ofMillis(1900)) >= 0, "the write waited its turn: " + took);
        assertEquals(SyncJob.State.DONE, GitHubFixtures.latestJob(id).state);
        assertNotNull(issueLink(id), "the answer was recorded after the wait");
        assertEquals(List.of(), time.waitsInsideTransactions());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
