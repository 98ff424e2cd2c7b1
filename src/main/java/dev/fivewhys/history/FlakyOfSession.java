package dev.fivewhys.history;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.fivewhys.session.TestSession;
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
     * Asked in two statements: the first finds the months the session's runs were uploaded in, and none when its
     * project has no flaky test (most projects, most views), so the second is sent only when there may be some and
     * reads only those months' partitions of test_result (and the kept results') instead of being planned over all.
     */
    static List<Flaky> flakyTests(TestSession session) {
        Object[] months = (Object[]) TestCase.getEntityManager().createNativeQuery("select "
                + "date_trunc('month', min(r.uploaded_at) at time zone 'UTC')::date, "
                + "date_trunc('month', max(r.uploaded_at) at time zone 'UTC')::date from test_run r "
                + "where r.session_id = ?1 and exists (select 1 from test_case c where c.project_id = ?2 and c.flaky)")
                .setParameter(1, session.id).setParameter(2, session.project.id).getSingleResult();
        if (months[0] == null) {
            return List.of();
        }
        Instant now = Arc.container().instance(Clock.class).get().instant();
        @SuppressWarnings("unchecked")
        List<TestCase> tests = TestCase.getEntityManager()
                .createNativeQuery("select c.* from test_case c where c.project_id = ?1 "
                        + "and c.flaky and exists (select 1 from test_result r where " + TestKeys.same("r", "c")
                        + " and r.session_id = ?2 and (r.stored_month between ?3 and ?4 or r.stored_month = "
                        + "'-infinity')) order by c.id desc limit " + SHOWN, TestCase.class)
                .setParameter(1, session.project.id).setParameter(2, session.id).setParameter(3, months[0])
                .setParameter(4, months[1]).getResultList();
        return tests.stream().map(t -> new Flaky(t, t.quarantinedAt(now))).toList();
    }
}
