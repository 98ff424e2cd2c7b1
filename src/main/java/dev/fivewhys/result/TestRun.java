package dev.fivewhys.result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.fivewhys.session.TestSession;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One uploaded JUnit report of a session, with its totals; its rows are in test_result. */
@Entity
@Table(name = "test_run")
public class TestRun extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    public TestSession session;
    /** The file name, or what CI called it; may be empty. */
    @Column(name = "source_name")
    public String sourceName;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    public int tests;
    public int passed;
    public int failed;
    public int errored;
    public int skipped;
    public int flaky;
    @Column(name = "duration_ms")
    public long durationMs;
    /** Where the report comes from, when CI said so with the upload ({@link RunContext}). */
    @Column(name = "commit_sha")
    public String commitSha;
    public String branch;
    @Column(name = "ci_job")
    public String ciJob;
    @Column(name = "ci_job_url")
    public String ciJobUrl;
    public String environment;
    /** When retention dropped this run's results (its counts stay); null while they are stored. */
    @Column(name = "results_removed_at", insertable = false, updatable = false)
    public Instant resultsRemovedAt;

    public static List<TestRun> latestOf(long sessionId, int limit) {
        return find("session.id = ?1 order by uploadedAt desc, id desc", sessionId).page(0, limit).list();
    }

    public static Optional<TestRun> findInSession(long sessionId, long runId) {
        return find("id = ?1 and session.id = ?2", runId, sessionId).firstResultOptional();
    }

    /** The session's results page showing one run (the latest when {@code runId} is null). */
    public static String resultsPage(long sessionId, Long runId) {
        return "/sessions/" + sessionId + "/results" + (runId == null ? "?" : "?run=" + runId);
    }

    void record(RunTotals totals) {
        tests = totals.tests();
        passed = totals.passed();
        failed = totals.failed();
        errored = totals.errored();
        skipped = totals.skipped();
        flaky = totals.flaky();
        durationMs = totals.durationMillis();
    }

    void record(RunContext context) {
        commitSha = context.commit();
        branch = context.branch();
        ciJob = context.job();
        ciJobUrl = context.jobUrl();
        environment = context.environment();
    }

    public RunContext context() {
        return new RunContext(commitSha, branch, ciJob, ciJobUrl, environment);
    }

    public boolean hasContext() {
        return commitSha != null || branch != null || ciJob != null || ciJobUrl != null || environment != null;
    }

    /** The test_result partition that holds the run's rows, unless its session was kept past retention. */
    public LocalDate storedMonth() {
        return ResultPartitions.monthOf(uploadedAt);
    }

    public int failing() {
        return failed + errored;
    }

    /** "12.3 s", "4 min 05 s": what people read, not milliseconds. */
    public String durationDisplay() {
        return Durations.display(durationMs);
    }

    public String label() {
        return label(id, sourceName);
    }

    /** A run is named by its report's file when it has one. */
    static String label(Long id, String sourceName) {
        return sourceName == null || sourceName.isBlank() ? "Run #" + id : sourceName;
    }
}
