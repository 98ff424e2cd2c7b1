package dev.fivewhys.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.fivewhys.web.TimeFormat;

/**
 * A test's latest results across runs and sessions, read through the index on its key (test_result_test_idx, see
 * {@link TestKeys}): a
 * test with a year of results costs as much to show as one with a week.
 */
@ApplicationScoped
public class TestOutcomes {

    @Inject
    EntityManager entityManager;
    @Inject
    FlakyRules rules;

    /** One result of the test, with where it ran. */
    public record Outcome(long resultId, String status, long durationMs, boolean retried, long runId, long sessionId,
            String sessionTitle, String runName, Instant uploadedAt, String commit, String branch,
            String environment) {

        public boolean passed() {
            return status.equals("PASSED");
        }

        public boolean failing() {
            return status.equals("FAILED") || status.equals("ERRORED");
        }

        public String shortCommit() {
            return commit == null ? null : commit.substring(0, Math.min(12, commit.length()));
        }

        /** The run on its session's results page, showing this test. */
        public String page() {
            return "/sessions/" + sessionId + "/results?run=" + runId;
        }

        /** For the strip's tooltip: "Failed · 2026-11-27 22:10 · abc1234 · staging". */
        public String summary() {
            StringBuilder text = new StringBuilder(status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT));
            if (retried) {
                text.append(" on a retry");
            }
            text.append(" · ").append(TimeFormat.display(uploadedAt));
            if (commit != null) {
                text.append(" · ").append(shortCommit());
            }
            if (branch != null) {
                text.append(" · ").append(branch);
            }
            if (environment != null) {
                text.append(" · ").append(environment);
            }
            return text.toString();
        }
    }

    /** The latest results (oldest first, for the strip) with their pass rate and median duration. */
    public record History(List<Outcome> outcomes, Integer passRatePercent, Long medianDurationMs) {
    }

    public History of(TestCase test) {
        return of(test, rules.window());
    }

    public History of(TestCase test, int window) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select r.id, r.status, r.duration_ms, r.flaky, t.id, "
                + "t.session_id, s.title, t.source_name, t.uploaded_at, t.commit_sha, t.branch, t.environment "
                + "from test_result r join test_run t on t.id = r.run_id join test_session s on s.id = t.session_id "
                + "where " + TestKeys.indexed("r") + " = hashtextextended(?4, 0) and " + TestKeys.of("r") + " = ?1 "
                + "and s.project_id = ?2 order by r.id desc limit ?3")
                .setParameter(1, test.keyHash).setParameter(2, test.project.id).setParameter(3, window)
                .setParameter(4, TestKeys.text(test)).getResultList();
        List<Outcome> outcomes = new ArrayList<>();
        for (Object[] row : rows) {
            outcomes.add(new Outcome(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(),
                    (Boolean) row[3], ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), (String) row[6],
                    (String) row[7], instant(row[8]), (String) row[9], (String) row[10], (String) row[11]));
        }
        Collections.reverse(outcomes);
        return new History(outcomes, passRate(outcomes), median(outcomes));
    }

    /** Passes among passes and failures, in whole percent; null when it has neither. */
    static Integer passRate(List<Outcome> outcomes) {
        long passed = outcomes.stream().filter(Outcome::passed).count();
        long decided = passed + outcomes.stream().filter(Outcome::failing).count();
        return decided == 0 ? null : (int) Math.round(100.0 * passed / decided);
    }

    /** The median duration of the results that ran (skipped ones take no time); null when none ran. */
    static Long median(List<Outcome> outcomes) {
        List<Long> durations = outcomes.stream().filter(o -> !o.status().equals("SKIPPED")).map(Outcome::durationMs)
                .sorted().toList();
        if (durations.isEmpty()) {
            return null;
        }
        int middle = durations.size() / 2;
        return durations.size() % 2 == 1 ? durations.get(middle) : (durations.get(middle - 1) + durations.get(middle)) / 2;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
