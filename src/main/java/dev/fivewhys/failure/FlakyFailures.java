package dev.fivewhys.failure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Which failures are made only of flaky tests, and which of a failure's tests are flaky, so the failure pages show them
 * apart from real breaks. Flakiness is the tests' (table test_case, kept by the history package, which this one may
 * not use); it is read here in SQL by the test key failure_test names tests with (index test_case_failure_key_idx).
 */
@ApplicationScoped
public class FlakyFailures {

    /** Whether the test {@code t} (failure_test) of the failure {@code f} is flaky, in SQL. */
    static final String FLAKY_TEST = "exists (select 1 from test_case c where c.project_id = f.project_id "
            + "and left(coalesce(c.class_name, '') || '#' || c.name, 1000) = t.test_key and c.flaky)";

    @Inject
    EntityManager entityManager;

    /** The test keys of the failure's tests that are flaky. */
    public Set<String> flakyTests(long failureId) {
        @SuppressWarnings("unchecked")
        List<String> keys = entityManager.createNativeQuery("select t.test_key from failure_test t join failure f "
                + "on f.id = t.failure_id where t.failure_id = ?1 and " + FLAKY_TEST).setParameter(1, failureId)
                .getResultList();
        return new HashSet<>(keys);
    }
}
