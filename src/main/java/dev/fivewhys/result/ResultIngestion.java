package dev.fivewhys.result;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import dev.fivewhys.failure.FailureLedger;
import dev.fivewhys.failure.FailureTally;
import dev.fivewhys.session.TestSession;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Stores one JUnit report of a session: its run, its results, and what its failing results add to the
 * project's failures, all in one transaction, so a refused or broken report leaves nothing behind.
 * The report streams from the request straight through the parser into JDBC batches: memory does not
 * grow with its size.
 */
@ApplicationScoped
public class ResultIngestion {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    FailureLedger ledger;
    @Inject
    Event<ResultsIngested> ingested;

    private final JUnitReportParser parser = new JUnitReportParser();

    /** Source names are cut to the width of test_run.source_name. */
    static final int SOURCE_NAME_WIDTH = 300;

    /**
     * @throws ReportRejectedException the upload is not a report we can read; nothing was stored
     * @throws java.io.UncheckedIOException reading the upload failed (dropped connection); nothing was stored
     */
    // a big report from a slow CI runner may take longer than the default 60 s
    @Transactional(rollbackOn = ReportRejectedException.class)
    @TransactionConfiguration(timeout = 3600)
    public IngestReport ingest(long sessionId, InputStream report, String sourceName, String uploadedBy)
            throws ReportRejectedException {
        TestSession session = TestSession.findById(sessionId);
        if (session == null) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        TestRun run = new TestRun();
        run.session = session;
        run.sourceName = sourceName == null || sourceName.isBlank() ? null
                : ResultWriter.cut(sourceName.strip(), SOURCE_NAME_WIDTH);
        run.uploadedBy = uploadedBy;
        run.uploadedAt = now;
        // the results reference the run: it must be in the database before the first batch
        run.persistAndFlush();

        SuiteSeverity severity = SuiteSeverity.of(session);
        FailureTally failures = new FailureTally();
        SuiteTally suites = new SuiteTally();
        // within the transaction the data source hands out the connection Hibernate uses: same transaction
        try (Connection connection = dataSource.getConnection();
                ResultWriter writer = new ResultWriter(connection, run.id, session.id)) {
            RunTotals totals = parser.parse(report, testCase -> {
                String suite = ResultWriter.cut(testCase.suite(), ResultWriter.SUITE_WIDTH);
                String hash = null;
                if (testCase.status().isFailing()) {
                    hash = failures.add(ResultWriter.cut(testCase.failureType(), ResultWriter.TYPE_WIDTH), testCase.message(),
                            severity.of(testCase.file(), testCase.className()));
                }
                suites.count(suite, testCase.status(), testCase.durationMillis());
                try {
                    writer.write(testCase, suite, hash);
                } catch (SQLException e) {
                    throw new IllegalStateException("Storing a test result failed", e);
                }
            });
            writer.flush();
            suites.store(connection, run.id);
            run.record(totals);
            FailureLedger.Recorded recorded = ledger.record(connection, session, run.id, failures, uploadedBy, now);
            TestRun.flush();
            ingested.fire(new ResultsIngested(session.id, run.id, recorded.touchedIds(), recorded.reopenedIds()));
            return IngestReport.of(run, recorded);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the results of run " + run.id + " failed", e);
        }
    }
}
