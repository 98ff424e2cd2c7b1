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
 * An audit and a stability validation of one fix recorded at the same moment, by two transactions: the fix's kept
 * standing must hold both verdicts. Before V16_12 the later writer worked the standing out without the other's verdict
 * and the fix stayed NO GO although cleared.
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

    private static List<Object> waits(long fix) {
        return Uploads.rows("select waits, fix_id from fix_attention where fix_id = ?1", fix).stream().map(r -> r[0])
                .toList();
    }
}
