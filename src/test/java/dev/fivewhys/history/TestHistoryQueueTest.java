package dev.fivewhys.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Test histories are brought up to date after the upload commits, from a queue in PostgreSQL: the upload's own
 * transaction leaves test_case alone, a project's runs are applied once each and in order whoever applies them, a run
 * deleted meanwhile is skipped, and a failure is kept, shown and tried again.
 */
@QuarkusTest
class TestHistoryQueueTest {

    @Inject
    TestHistoryQueue queue;
    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    /** Another connection holding a project's lock, as another copy of the app applying its runs would. */
    private final class HeldLock implements AutoCloseable {
        private final Connection connection;
        private final int namespace;
        private final long projectId;
        private final String kind;

        HeldLock(int namespace, long projectId, boolean shared) throws SQLException {
            this.connection = dataSource.getConnection();
            this.namespace = namespace;
            this.projectId = projectId;
            this.kind = shared ? "_shared" : "";
            execute("select pg_advisory_lock" + kind + "(?, cast(? as int))");
        }

        private void execute(String sql) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setInt(1, namespace);
                statement.setLong(2, projectId);
                statement.execute();
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                execute("select pg_advisory_unlock" + kind + "(?, cast(? as int))");
            } finally {
                connection.close();
            }
        }
    }

    private static long upload(long session, String commit, String[]... cases) {
        var request = given().auth().preemptive().basic("engineer", "engineer" + Fixtures.PASSWORD_SUFFIX)
                .contentType("application/xml").body(Uploads.report("tests/e2e/test_queue.py", cases));
        if (commit != null) {
            request = request.queryParam("commit", commit);
        }
        return request.post("/api/sessions/" + session + "/results").then().statusCode(201).extract().jsonPath()
                .getLong("runId");
    }

    private static long projectOf(String slug) {
        return Fixtures.project(slug).id;
    }

    private static List<String> histories(String slug) {
        return Uploads.rows("select c.name || ' runs=' || c.runs || ' recent=' || c.recent || ' flaky=' || "
                + "coalesce(c.flaky_reason, '-'), 0 from test_case c join project p on p.id = c.project_id "
                + "where p.slug = ?1 order by c.name", slug).stream().map(r -> (String) r[0]).toList();
    }

    private static long waiting(long projectId) {
        return Uploads.number("select count(*) from test_history_pending where project_id = ?1", projectId);
    }

    @Test
    void theUploadLeavesTestHistoriesToTheQueueAndTheDrainFillsThem() throws SQLException {
        long session = Fixtures.session("queue-after", "Queue: after the upload").session();
        long project = projectOf("queue-after");
        long run;
        // the worker and the sweep find the project taken until the lock is let go
        try (HeldLock applying = new HeldLock(1404, project, false)) {
            run = upload(session, "c0ffee01", new String[] { "test_one", "PASSED", null },
                    new String[] { "test_two", "FAILED", "boom (queue)" });
            assertEquals(1, Uploads.number("select count(*) from test_history_pending where run_id = ?1", run),
                    "the run waits for its histories once its upload has answered");
            assertEquals(List.of(), histories("queue-after"), "the upload's transaction wrote no test_case row");
            assertEquals(0, queue.drain(project, false), "a project another copy is applying is left to it");
            assertEquals(List.of(), histories("queue-after"));
        }
        // the sweep may get there first; either way the same code applies it
        queue.drainNow();
        assertEquals(List.of("test_one runs=1 recent=P flaky=-", "test_two runs=1 recent=F flaky=-"),
                histories("queue-after"));
        assertEquals(0, waiting(project));

        // meanwhile the test's page says its standing is catching up
        long two = Uploads.number("select c.id from test_case c where c.project_id = ?1 and c.name = 'test_two'", project);
        WebClient manager = WebClient.loginAs("manager");
        try (HeldLock applying = new HeldLock(1404, project, false)) {
            upload(session, "c0ffee02", new String[] { "test_two", "PASSED", null });
            String page = manager.get("/tests/" + two).then().statusCode(200).extract().asString();
            assertTrue(page.contains("does not count the latest 1 upload of"), page);
        }
        queue.drainNow();
        assertFalse(manager.get("/tests/" + two).asString().contains("id=\"catching-up\""));
        assertEquals(List.of("test_one runs=1 recent=P flaky=-", "test_two runs=2 recent=FP flaky=-"),
                histories("queue-after"));
    }

    @Test
    void aProjectsRunsAppliedConcurrentlyEndAsAppliedOneByOne() throws Exception {
        String[][][] uploads = {
                { { "test_a", "PASSED", null }, { "test_b", "FAILED", "b broke (order)" } },
                { { "test_a", "FAILED", "a wobbles (order)" }, { "test_b", "FAILED", "b broke (order)" } },
                { { "test_a", "PASSED", null }, { "test_b", "PASSED", null }, { "test_c", "PASSED", null } },
                { { "test_a", "FAILED", "a wobbles (order)" }, { "test_c", "FAILED", "c (order)" } } };
        // one by one: each run applied before the next upload
        long inOrder = Fixtures.session("queue-in-order", "Queue: in order").session();
        for (int i = 0; i < uploads.length; i++) {
            upload(inOrder, "beef000" + i / 2, uploads[i]);
            Uploads.historiesCaughtUp();
        }
        // all queued, then applied by four callers at once
        long together = Fixtures.session("queue-together", "Queue: together").session();
        long project = projectOf("queue-together");
        try (HeldLock applying = new HeldLock(1404, project, false)) {
            for (int i = 0; i < uploads.length; i++) {
                upload(together, "beef000" + i / 2, uploads[i]);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> applied = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                applied.add(pool.submit(() -> queue.drain(project, true)));
            }
            int total = 0;
            for (Future<Integer> future : applied) {
                total += future.get();
            }
            assertTrue(total <= uploads.length, "each run applied once (the worker may have taken some): " + total);
        } finally {
            pool.shutdown();
        }
        assertEquals(0, waiting(project));
        List<String> expected = histories("queue-in-order");
        assertEquals(List.of("test_a runs=4 recent=PFPF flaky=passed and failed on commit beef0001",
                "test_b runs=3 recent=FFP flaky=-", "test_c runs=2 recent=PF flaky=passed and failed on commit beef0001"),
                expected);
        assertEquals(expected, histories("queue-together"));
    }

    @Test
    void aRunDeletedBeforeItIsAppliedIsSkipped() throws SQLException {
        long first = Fixtures.session("queue-deleted", "Queue: deleted").session();
        long second = Fixtures.session("queue-deleted", "Queue: kept").session();
        long project = projectOf("queue-deleted");
        try (HeldLock applying = new HeldLock(1404, project, false)) {
            long deleted = upload(first, null, new String[] { "test_gone", "FAILED", "gone (queue)" });
            upload(second, null, new String[] { "test_gone", "PASSED", null });
            assertEquals(2, waiting(project));
            Uploads.execute("delete from test_session where id = ?1", first);
            assertEquals(0, Uploads.number("select count(*) from test_history_pending where run_id = ?1", deleted));
        }
        queue.drainNow();
        assertEquals(0, waiting(project));
        assertEquals(List.of("test_gone runs=1 recent=P flaky=-"), histories("queue-deleted"));
    }

    @Test
    void anUploadUnderWayHoldsBackItsProjectsLaterRuns() throws SQLException {
        long session = Fixtures.session("queue-under-way", "Queue: under way").session();
        long project = projectOf("queue-under-way");
        try (HeldLock uploading = new HeldLock(1403, project, true)) {
            // committed, but an upload that started before it may still commit a lower run id
            upload(session, null, new String[] { "test_later", "PASSED", null });
            assertEquals(0, queue.drain(project, true));
            assertEquals(1, waiting(project));
        }
        queue.drainNow();
        assertEquals(0, waiting(project));
        assertEquals(List.of("test_later runs=1 recent=P flaky=-"), histories("queue-under-way"));
    }

    @Test
    void aFailedRunIsKeptShownInTheReadinessCheckAndTriedAgain() throws SQLException {
        long session = Fixtures.session("queue-failing", "Queue: failing").session();
        long project = projectOf("queue-failing");
        long run;
        try (HeldLock applying = new HeldLock(1404, project, false)) {
            run = upload(session, null, new String[] { "test_refused", "PASSED", null });
            upload(session, null, new String[] { "test_refused", "FAILED", "refused (queue)" });
            // the database refuses this project's histories for a while
            Uploads.execute("create function refuse_queue_failing() returns trigger language plpgsql as $$ begin "
                    + "if new.project_id = " + project + " then raise exception 'test_case is read-only today'; end if; "
                    + "return new; end $$");
            Uploads.execute("create trigger refuse_queue_failing before insert on test_case for each row "
                    + "execute function refuse_queue_failing()");
        }
        try {
            queue.drainNow();
            List<Object[]> row = Uploads.rows("select attempts, last_error from test_history_pending where run_id = ?1",
                    run);
            assertEquals(1, ((Number) row.get(0)[0]).intValue());
            assertTrue(((String) row.get(0)[1]).contains("test_case is read-only today"), (String) row.get(0)[1]);
            assertEquals(2, waiting(project), "the later run waits for the failed one");
            String ready = given().get("/q/health/ready").then().extract().asString();
            assertTrue(ready.contains("\"runs failed, tried again\": 1") || ready.contains("\"runs failed, tried again\":1"),
                    ready);
        } finally {
            Uploads.execute("drop trigger refuse_queue_failing on test_case");
            Uploads.execute("drop function refuse_queue_failing()");
        }
        Uploads.execute("update test_history_pending set retry_at = now() where run_id = ?1", run);
        queue.drainNow();
        assertEquals(0, waiting(project));
        assertEquals(List.of("test_refused runs=2 recent=PF flaky=-"), histories("queue-failing"));
    }
}
