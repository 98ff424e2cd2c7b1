package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An audit and a stability validation of one fix recorded at the same moment, by two transactions: the fix's kept
 * standing must hold both verdicts, whichever commits first. Before V16_12 the later writer worked the standing out
 * without the other's verdict and the fix stayed NO GO although cleared.
 */
@QuarkusTest
class FixAttentionConcurrentVerdictsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAuditAndAValidationSavedTogetherClearTheFix() throws Exception {
        long project = Fixtures.project("fix-attention-race").id;
        long session = Fixtures.session("fix-attention-race", "A").session();
        long failure = Fixtures.failure("fix-attention-race", "fix-attention-race-f");
        ImpactTestRecords.seen(failure, session);
        long fix = FixAttentionKeptTest.fix(FixAttentionKeptTest.analysis(project, failure, session), "PROPOSED",
                "2025-09-10T00:00:00Z");
        assertEquals("NO_GO", waits(fix));

        try (Connection auditor = dataSource.getConnection(); Connection validator = dataSource.getConnection()) {
            auditor.setAutoCommit(false);
            validator.setAutoCommit(false);
            insert(auditor, "insert into compliance_audit (id, fix_id, kind, recommendation, recorded_at, updated_at) "
                    + "values (nextval('compliance_audit_seq'), ?, 'SSOT', 'APPROVED', '2025-09-14T00:00:00Z', now())", fix);
            long validatorPid = pid(validator);
            CompletableFuture<Void> validation = CompletableFuture.runAsync(() -> {
                try {
                    insert(validator, "insert into stability_validation (id, fix_id, risk_level, readiness, recorded_at, "
                            + "updated_at) values (nextval('stability_validation_seq'), ?, 'LOW', 'GO', "
                            + "'2025-09-15T00:00:00Z', now())", fix);
                    validator.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            // the validation is being written while the audit is not committed yet: it waits on the audit's lock
            awaitWaitingOnALock(validatorPid);
            auditor.commit();
            validation.get(30, TimeUnit.SECONDS);
        }

        assertEquals("DEPLOY", waits(fix), "approved and GO: ready to deploy");
        FixAttentionKeptTest.assertKept("an audit and a validation saved together");
    }

    private static String waits(long fix) {
        var rows = Uploads.rows("select waits, fix_id from fix_attention where fix_id = ?1", fix);
        return rows.isEmpty() ? null : (String) rows.get(0)[0];
    }

    private static void insert(Connection connection, String sql, long fix) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, fix);
            statement.executeUpdate();
        }
    }

    private static long pid(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void awaitWaitingOnALock(long pid) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (Uploads.number("select count(*) from pg_stat_activity where pid = ?1 and wait_event_type = 'Lock'",
                    (int) pid) == 1) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second writer never waited for the first");
    }
}
