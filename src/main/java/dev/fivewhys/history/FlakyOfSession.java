package dev.fivewhys.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.session.SessionSheet;
import dev.fivewhys.session.SheetPart;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * Lets the session page show the flaky tests that ran in it ({@code session.flakyTests}), without the session
 * knowing tests. The project's flaky tests are few (index test_case_flaky_idx); each is checked for a result in the
 * session through its key's index, never by scanning the session's results.
 */
@TemplateExtension
public class FlakyOfSession {

    static final int SHOWN = 50;

    /** A flaky test of the session, and whether it is quarantined now. */
    public record Flaky(TestCase test, boolean quarantined) {
    }

    /**
     * Asked only when the project has a flaky test at all (most have none): the query below is planned over every
     * month partition of test_result, 4-12 ms on the bench's 1,000,000 results before PostgreSQL keeps a generic plan
     * for a connection, and about 0.3 ms to start even then; this check takes 0.06 ms, read with the session's sheet.
     * Restricting the query to the
     * session's months instead made PostgreSQL plan it afresh on every view (0.5 ms). As an HQL query of its own,
     * Hibernate's work around the check was 5% of the session page's CPU samples.
     */
    static List<Flaky> flakyTests(SessionSheet session) {
        if (!session.part(AnyFlaky.class).any()) {
            return List.of();
        }
        Instant now = Arc.container().instance(Clock.class).get().instant();
        @SuppressWarnings("unchecked")
        List<TestCase> tests = TestCase.getEntityManager()
                .createNativeQuery("select c.* from test_case c where c.project_id = ?1 "
                        + "and c.flaky and exists (select 1 from test_result r where " + TestKeys.same("r", "c")
                        + " and r.session_id = ?2) order by c.id desc limit " + SHOWN, TestCase.class)
                .setParameter(1, session.project().id()).setParameter(2, session.id()).getResultList();
        return tests.stream().map(t -> new Flaky(t, t.quarantinedAt(now))).toList();
    }

    /** Whether the session's project has a flaky test at all. */
    record AnyFlaky(boolean any) {
    }

    /** The check, read with the session's sheet (one round trip fewer per view). */
    @ApplicationScoped
    static class FlakyCheck implements SheetPart<AnyFlaky> {

        @Override
        public String sql() {
            return "select 1 from test_case where project_id = (select project_id from test_session where id = ?) "
                    + "and flaky limit 1";
        }

        @Override
        public int bind(PreparedStatement select, int index, long sessionId) throws SQLException {
            select.setLong(index, sessionId);
            return index + 1;
        }

        @Override
        public AnyFlaky read(Results results) throws SQLException {
            try (ResultSet row = results.next()) {
                return new AnyFlaky(row.next());
            }
        }
    }
}
